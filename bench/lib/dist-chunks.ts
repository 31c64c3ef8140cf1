import { readdirSync, readFileSync, statSync } from 'node:fs'
import { posix, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import ts from 'typescript'

/** One file of a build, by its path inside dist/ ("assets/index-abc.js"). */
export type DistFile = {
  file: string
  rawBytes: number
  gzipBytes: number
  /** Static imports (JS): fetched before the file runs. */
  imports: string[]
  /** import() targets (JS): fetched when the code asks. */
  dynamicImports: string[]
}

export type DistAnalysis = {
  dist: string
  /** What index.html loads: scripts, modulepreloads and stylesheets, in document order. */
  html: { scripts: string[]; modulepreloads: string[]; stylesheets: string[] }
  /** index.html's scripts and modulepreloads and everything they import statically: the first view's JS. */
  initialJs: DistFile[]
  initialCss: DistFile[]
  /** Every other chunk: loaded only by import(). */
  lazyJs: DistFile[]
  /** JS outside assets/ (copied from public/, for other pages): never loaded by the app itself. */
  otherJs: DistFile[]
  files: Map<string, DistFile>
}

export const gzipSize = (content: Buffer | string) => gzipSync(content, { level: 9 }).length

/** Reads a Vite build: which files the first view needs before any code runs, and which load later. */
export function analyseDist(dist: string): DistAnalysis {
  const files = new Map<string, DistFile>()
  for (const file of listFiles(dist)) {
    if (!/\.(js|css)$/.test(file)) continue
    const content = readFileSync(resolve(dist, file))
    const imports = file.endsWith('.js')
      ? findImports(file, content.toString('utf8'))
      : { imports: [], dynamicImports: [] }
    files.set(file, { file, rawBytes: content.length, gzipBytes: gzipSize(content), ...imports })
  }

  const html = readHtmlAssets(readFileSync(resolve(dist, 'index.html'), 'utf8'))
  const initial = new Set<string>()
  const visit = (file: string) => {
    if (initial.has(file)) return
    initial.add(file)
    for (const imported of files.get(file)?.imports ?? []) visit(imported)
  }
  for (const file of [...html.scripts, ...html.modulepreloads]) visit(file)

  const pick = (names: Iterable<string>) => [...names].flatMap((name) => files.get(name) ?? [])
  return {
    dist,
    html,
    initialJs: pick([...initial].filter((f) => f.endsWith('.js'))),
    initialCss: pick(html.stylesheets),
    lazyJs: [...files.values()].filter((f) => isChunk(f.file) && !initial.has(f.file)),
    otherJs: [...files.values()].filter((f) => f.file.endsWith('.js') && !isChunk(f.file) && !initial.has(f.file)),
    files,
  }
}

const isChunk = (file: string) => file.startsWith('assets/') && file.endsWith('.js')

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(resolve(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name
    return statSync(resolve(dir, path)).isDirectory() ? listFiles(dir, path) : [path]
  })
}

/** index.html's module scripts, modulepreloads and stylesheets, as paths inside dist/. */
function readHtmlAssets(html: string) {
  const found = { scripts: [] as string[], modulepreloads: [] as string[], stylesheets: [] as string[] }
  for (const [, tag = '', attributeText = ''] of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attributes = new Map(
      [...attributeText.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(([, name = '', a, b]) => [
        name.toLowerCase(),
        a ?? b ?? '',
      ]),
    )
    const src = attributes.get(tag.toLowerCase() === 'script' ? 'src' : 'href')
    if (!src || /^[a-z]+:/i.test(src)) continue
    const file = posix.normalize(src.replace(/[?#].*$/, '')).replace(/^(\.\/|\/)/, '')
    const rel = attributes.get('rel')?.toLowerCase()
    // Classic scripts too (the prerender's guard): whatever index.html runs is the first view's JS.
    if (tag.toLowerCase() === 'script') found.scripts.push(file)
    else if (rel === 'modulepreload') found.modulepreloads.push(file)
    else if (rel === 'stylesheet') found.stylesheets.push(file)
  }
  return found
}

/** A chunk's static and dynamic imports of other files of the build, read with TypeScript's parser. */
function findImports(file: string, code: string) {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS)
  const toFile = (specifier: string) => posix.normalize(posix.join(posix.dirname(file), specifier))
  const imports: string[] = []
  const dynamicImports: string[] = []
  for (const statement of source.statements) {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.'))
      imports.push(toFile(specifier.text))
  }
  const walk = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments
      if (argument && ts.isStringLiteralLike(argument) && argument.text.startsWith('.')) {
        dynamicImports.push(toFile(argument.text))
      }
    }
    ts.forEachChild(node, walk)
  }
  walk(source)
  return { imports, dynamicImports }
}
