// npm run check-budgets [-- path/to/dist] (after npm run build): the byte budgets, which are stable
// enough for CI. Reads the build, finds what index.html loads (module script, modulepreloads,
// stylesheets) and every chunk those import statically (what the first view needs before it can
// run), and fails if that JS or CSS, or any chunk loaded later, is over its gzip -9 budget.
// Timings are not checked here: they belong to `npm run bench`, which never fails.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { budgets } from '../bench/lib/budgets.ts'
import { analyseDist, type DistFile } from '../bench/lib/dist-chunks.ts'
import { kB, renderTable, verdict } from '../bench/lib/format.ts'
import { COMPILE_HINT } from './vite-plugin-compile-hints.ts'

const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'))
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run npm run build first`)
  process.exit(1)
}

const analysis = analyseDist(dist)
const sum = (files: DistFile[], key: 'rawBytes' | 'gzipBytes') => files.reduce((total, f) => total + f[key], 0)
const initialJs = sum(analysis.initialJs, 'gzipBytes')
const initialCss = sum(analysis.initialCss, 'gzipBytes')
const overLazy = analysis.lazyJs.filter((file) => file.gzipBytes > budgets.lazyChunkGzipBytes)

const howLoaded = (file: string) =>
  analysis.html.scripts.includes(file)
    ? 'index.html script'
    : analysis.html.modulepreloads.includes(file)
      ? 'index.html modulepreload'
      : 'static import'
const row = (file: DistFile, loaded: string, status = '') => [
  file.file,
  loaded,
  kB(file.rawBytes),
  kB(file.gzipBytes),
  status,
]

console.log(
  renderTable({
    title: `Byte budgets for ${dist} (gzip -9; kB = 1,000 bytes)`,
    head: ['file', 'loaded by', 'raw', 'gzip', 'status'],
    rows: [
      ...analysis.initialJs.map((file) => row(file, howLoaded(file.file))),
      [
        'initial JS',
        '',
        kB(sum(analysis.initialJs, 'rawBytes')),
        kB(initialJs),
        `${verdict(initialJs, budgets.initialJsGzipCeiling)} (CI ≤ ${kB(budgets.initialJsGzipCeiling)}; ` +
          `target ${kB(budgets.initialJsGzipBytes)}: ${verdict(initialJs, budgets.initialJsGzipBytes)})`,
      ],
      ...analysis.initialCss.map((file) => row(file, 'index.html stylesheet')),
      [
        'initial CSS',
        '',
        kB(sum(analysis.initialCss, 'rawBytes')),
        kB(initialCss),
        `${verdict(initialCss, budgets.initialCssGzipBytes)} (≤ ${kB(budgets.initialCssGzipBytes)})`,
      ],
      ...analysis.lazyJs
        .sort((a, b) => b.gzipBytes - a.gzipBytes)
        .map((file) =>
          row(
            file,
            'import()',
            `${verdict(file.gzipBytes, budgets.lazyChunkGzipBytes)} (≤ ${kB(budgets.lazyChunkGzipBytes)})`,
          ),
        ),
      ...analysis.otherJs.map((file) => row(file, 'not by the app (public/)', '')),
    ],
  }),
)

// Not a byte budget, but as stable: without its first line, V8 compiles the first view's code on the
// main thread, function by function, and the first chart comes about 110 ms later (4× throttle).
const entryScripts = analysis.html.scripts.filter((file) => file.startsWith('assets/'))
const unhinted = entryScripts.filter(
  (file) => !readFileSync(resolve(dist, file), 'utf8').startsWith(`${COMPILE_HINT}\n`),
)

const failures = [
  ...unhinted.map((file) => `${file} does not begin with V8's compile hint (${COMPILE_HINT})`),
  ...(initialJs > budgets.initialJsGzipCeiling
    ? [`initial JS is ${kB(initialJs)} gzip, over the ceiling of ${kB(budgets.initialJsGzipCeiling)}`]
    : []),
  ...(initialCss > budgets.initialCssGzipBytes
    ? [`initial CSS is ${kB(initialCss)} gzip, over ${kB(budgets.initialCssGzipBytes)}`]
    : []),
  ...overLazy.map(
    (file) => `${file.file} is ${kB(file.gzipBytes)} gzip, over ${kB(budgets.lazyChunkGzipBytes)} for a lazy chunk`,
  ),
]
if (failures.length > 0) {
  console.error(`\ncheck-budgets: ${failures.length} failed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
  process.exit(1)
}
console.log('\ncheck-budgets: every CI byte budget met')
