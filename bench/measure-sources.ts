import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { buildAppWithSourceMaps, buildReference } from './lib/build.ts'
import { analyseDist, gzipSize, type DistAnalysis } from './lib/dist-chunks.ts'
import { kB, type Table } from './lib/format.ts'
import { ROOT } from './lib/paths.ts'
import { appFileOf, codeBySource, packageOf } from './lib/source-map.ts'

/** Bytes of the first view's JS that come from one package (or one folder of src/). */
type PackageShare = { name: string; rawBytes: number; gzipBytes: number }
/** One initial chunk and what is in it, largest first. */
type ChunkContents = { file: string; rawBytes: number; gzipBytes: number; packages: PackageShare[] }
type Attribution = { chunks: ChunkContents[]; packages: PackageShare[]; groups: PackageShare[] }
export type SourcesResult = {
  /** The initial chunks of the source-mapped build: the same files the app serves, if the names match. */
  app: Attribution
  reference: Attribution
}

/**
 * Where the first view's JS comes from: both apps rebuilt with hidden source maps (identical JS, plus
 * .map files), each initial chunk's code attributed to the package its source map names. A chunk's
 * gzip size is shared out in proportion to each package's code gzipped alone, so shares add up.
 */
export function measureSources(): SourcesResult {
  const dir = mkdtempSync(resolve(tmpdir(), 'bench-sources-'))
  try {
    const appDist = resolve(dir, 'app')
    const referenceDist = resolve(dir, 'reference')
    buildAppWithSourceMaps(appDist)
    buildReference(referenceDist, ['--sourcemap', 'hidden'])
    return { app: attribute(analyseDist(appDist)), reference: attribute(analyseDist(referenceDist)) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Where the build's copied scripts come from, to name them as the app's own code. */
const copiedFrom: Record<string, string> = { 'prerender-guard.js': 'src/prerender/prerender-guard.js' }

function attribute(analysis: DistAnalysis): Attribution {
  const totals = new Map<string, { rawBytes: number; gzipBytes: number }>()
  const chunks: ChunkContents[] = []
  for (const chunk of analysis.initialJs) {
    const path = resolve(analysis.dist, chunk.file)
    const code = readFileSync(path, 'utf8')
    // A file the build copies as it is has no source map: it is its own source (the prerender's guard).
    const map = existsSync(`${path}.map`)
      ? (JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[]; mappings: string })
      : { sources: [copiedFrom[chunk.file] ?? chunk.file], mappings: identityMappings(code) }
    const byPackage = new Map<string, string[]>()
    // Within a chunk, the app's code by file (src/i18n/en.ts), dependencies by package.
    for (const [source, pieces] of codeBySource(code, map)) {
      const name = appFileOf(source) ?? packageOf(source)
      byPackage.set(name, [...(byPackage.get(name) ?? []), ...pieces])
    }
    const alone = new Map(
      [...byPackage].map(([name, pieces]) => [
        name,
        { raw: Buffer.byteLength(pieces.join('')), gzip: gzipSize(pieces.join('')) },
      ]),
    )
    const gzipAlone = [...alone.values()].reduce((sum, size) => sum + size.gzip, 0)
    const shares = [...alone].map(([name, size]) => ({
      name,
      rawBytes: size.raw,
      gzipBytes: (chunk.gzipBytes * size.gzip) / gzipAlone,
    }))
    for (const share of shares) {
      const name = share.name.startsWith('src/') ? packageOf(share.name) : share.name
      const total = totals.get(name) ?? { rawBytes: 0, gzipBytes: 0 }
      total.rawBytes += share.rawBytes
      total.gzipBytes += share.gzipBytes
      totals.set(name, total)
    }
    chunks.push({
      file: chunk.file,
      rawBytes: chunk.rawBytes,
      gzipBytes: chunk.gzipBytes,
      packages: shares.sort((a, b) => b.gzipBytes - a.gzipBytes),
    })
  }
  const packages = [...totals].map(([name, size]) => ({ name, ...size })).sort((a, b) => b.gzipBytes - a.gzipBytes)
  const groups = new Map<string, PackageShare>()
  for (const share of packages) {
    const name = groupOf(share.name)
    const group = groups.get(name) ?? { name, rawBytes: 0, gzipBytes: 0 }
    group.rawBytes += share.rawBytes
    group.gzipBytes += share.gzipBytes
    groups.set(name, group)
  }
  return {
    chunks: chunks.sort((a, b) => b.gzipBytes - a.gzipBytes),
    packages,
    groups: [...groups.values()].sort((a, b) => b.gzipBytes - a.gzipBytes),
  }
}

type PackageJson = { dependencies?: Record<string, string> }
const readPackageJson = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as PackageJson

/** Each installed package, by the project dependency that brings it in (react-dom's scheduler is react-dom's). */
const dependencyGroups = (() => {
  const owner = new Map<string, string>()
  // Larger trees first, so a package two dependencies share goes to the one whose bytes it inflates.
  const roots = ['recharts', 'react-dom', '@tanstack/react-query', 'valibot', 'react', 'react-is']
  for (const name of Object.keys(readPackageJson(ROOT).dependencies ?? {})) owner.set(name, name)
  for (const root of roots) {
    const queue = [root]
    while (queue.length > 0) {
      const name = queue.shift() ?? ''
      const deps = Object.keys(readPackageJson(resolve(ROOT, 'node_modules', name)).dependencies ?? {})
      for (const dep of deps) {
        if (owner.has(dep)) continue
        owner.set(dep, root)
        queue.push(dep)
      }
    }
  }
  return owner
})()

function groupOf(name: string): string {
  if (name.startsWith('src/')) return "the app's own code (src/)"
  return dependencyGroups.get(name) ?? name
}

export function sourcesTables(result: SourcesResult): Table[] {
  return [
    {
      title: "The app's initial chunks and what is in each (gzip -9; largest contents first)",
      head: ['chunk', 'raw', 'gzip', 'contents (gzip share)'],
      rows: result.app.chunks.map((chunk) => [
        chunk.file,
        kB(chunk.rawBytes),
        kB(chunk.gzipBytes),
        chunk.packages
          .filter((p) => p.gzipBytes >= 100)
          .slice(0, 6)
          .map((p) => `${p.name} ${kB(p.gzipBytes)}`)
          .join(', '),
      ]),
    },
    compareTable(
      "Where the first view's JS comes from, by project dependency (each with the packages it pulls in)",
      result.app.groups,
      result.reference.groups,
      [],
    ),
    compareTable(
      "Where the first view's JS comes from, by package (source maps; gzip shares estimated)",
      result.app.packages,
      result.reference.packages,
      [
        'from a fresh build of the current src/ with hidden source maps; if the chunk names differ from the measured dist/, rebuild it (--build)',
        "gzip per package: each chunk's gzip -9 size shared out by its packages' code gzipped alone",
      ],
    ),
  ]
}

function compareTable(title: string, app: PackageShare[], reference: PackageShare[], notes: string[]): Table {
  const result = { app: { packages: app }, reference: { packages: reference } }
  const names = [...new Set([...app, ...reference].map((p) => p.name))]
  const find = (list: PackageShare[], name: string) => list.find((p) => p.name === name)
  const sum = (list: PackageShare[], key: 'rawBytes' | 'gzipBytes') => list.reduce((total, p) => total + p[key], 0)
  const rows = names
    .map((name) => ({ name, app: find(result.app.packages, name), reference: find(result.reference.packages, name) }))
    .sort((a, b) => (b.app?.gzipBytes ?? 0) - (a.app?.gzipBytes ?? 0))
    .map(({ name, app, reference }) => [
      name,
      kB(app?.rawBytes ?? 0),
      kB(app?.gzipBytes ?? 0),
      kB(reference?.rawBytes ?? 0),
      kB(reference?.gzipBytes ?? 0),
      kB((app?.gzipBytes ?? 0) - (reference?.gzipBytes ?? 0)),
    ])
  return {
    title,
    head: ['package or folder', 'app raw', 'app gzip', 'reference raw', 'reference gzip', 'app − reference (gzip)'],
    rows: [
      ...rows,
      [
        'total',
        kB(sum(result.app.packages, 'rawBytes')),
        kB(sum(result.app.packages, 'gzipBytes')),
        kB(sum(result.reference.packages, 'rawBytes')),
        kB(sum(result.reference.packages, 'gzipBytes')),
        kB(sum(result.app.packages, 'gzipBytes') - sum(result.reference.packages, 'gzipBytes')),
      ],
    ],
    notes,
  }
}

/** Source-map mappings that give every line of `code` to source 0, from its first column. */
function identityMappings(code: string): string {
  // "AAAA" is column 0, source 0, line 0, column 0; "AACA" moves one line down in the source.
  return code
    .split('\n')
    .map((_, line) => (line === 0 ? 'AAAA' : 'AACA'))
    .join(';')
}
