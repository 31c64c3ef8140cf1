// An ESLint rule: no module under src/ may reach itself through its imports, counting type-only
// imports and import() too (import-x's no-cycle skips type-only ones). Modules are read with
// TypeScript's import scanner; `@/` is src/.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'

const SRC = resolve(import.meta.dirname, '../src')
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

function resolveImport(specifier, fromFile) {
  const base = specifier.startsWith('@/')
    ? resolve(SRC, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(fromFile), specifier)
      : null
  if (!base) return null
  const file = EXTENSIONS.map((extension) => base + extension).find((path) => /\.tsx?$/.test(path) && existsSync(path))
  return file && file.startsWith(SRC) ? file : null
}

/** Each module's imports within src/, read once per lint run. */
const importsOf = new Map()
function importsFrom(file) {
  let imports = importsOf.get(file)
  if (!imports) {
    const scanned = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles
    imports = scanned.map(({ fileName }) => resolveImport(fileName, file)).filter(Boolean)
    importsOf.set(file, imports)
  }
  return imports
}

/** A path of imports from `start` back to `target`, or null. */
function pathBack(start, target) {
  const seen = new Set()
  const stack = [[start, [start]]]
  while (stack.length > 0) {
    const [file, path] = stack.pop()
    if (file === target) return path
    if (seen.has(file)) continue
    seen.add(file)
    for (const next of importsFrom(file)) stack.push([next, [...path, next]])
  }
  return null
}

export const noImportCycle = {
  meta: { type: 'problem', messages: { cycle: 'Import cycle: {{cycle}}' }, schema: [] },
  create(context) {
    const file = context.filename
    if (!file.startsWith(SRC)) return {}
    const check = (node, specifier) => {
      const target = typeof specifier === 'string' ? resolveImport(specifier, file) : null
      const path = target && pathBack(target, file)
      if (path) {
        const cycle = [file, ...path].map((step) => relative(SRC, step)).join(' → ')
        context.report({ node, messageId: 'cycle', data: { cycle } })
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    }
  },
}
