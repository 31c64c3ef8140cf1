// npm run check-budgets [-- path/to/dist] (after npm run build): the byte budgets, which are stable
// enough for CI. Reads the build, finds what index.html loads (module script, modulepreloads,
// stylesheets) and every chunk those import statically (what the first view needs before it can
// run), and fails if that JS or CSS, a chunk loaded later, or all JS together is over its gzip -9
// ceiling.
// Timings are not checked here: they belong to `npm run bench`, which never fails.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { budgets } from '../bench/lib/budgets.ts'
import { analyseDist, type DistFile } from '../bench/lib/dist-chunks.ts'
import { kB, renderTable, verdict } from '../bench/lib/format.ts'

const dist = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../dist'))
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run npm run build first`)
  process.exit(1)
}

const analysis = analyseDist(dist)
const sum = (files: DistFile[], key: 'rawBytes' | 'gzipBytes') => files.reduce((total, f) => total + f[key], 0)
const initialJs = sum(analysis.initialJs, 'gzipBytes')
const initialCss = sum(analysis.initialCss, 'gzipBytes')
const totalJs = initialJs + sum(analysis.lazyJs, 'gzipBytes')
/** The live chart's chunk (Recharts), much the largest: it has a ceiling of its own. */
const isChartChunk = (file: DistFile) => /(^|\/)live-bar-chart-[^/]+\.js$/.test(file.file)
const lazyCeiling = (file: DistFile) => (isChartChunk(file) ? budgets.chartChunkGzipBytes : budgets.lazyChunkGzipBytes)
const overLazy = analysis.lazyJs.filter((file) => file.gzipBytes > lazyCeiling(file))

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
const budgetStatus = (bytes: number, ceiling: number) => `${verdict(bytes, ceiling)} (≤ ${kB(ceiling)})`

console.log(
  renderTable({
    title: `Byte budgets for ${dist} (gzip -9; kB = 1,000 bytes)`,
    head: ['file', 'loaded by', 'raw', 'gzip', 'status'],
    rows: [
      ...analysis.initialJs.map((file) => row(file, howLoaded(file.file))),
      [
        'first view JS',
        '',
        kB(sum(analysis.initialJs, 'rawBytes')),
        kB(initialJs),
        budgetStatus(initialJs, budgets.initialJsGzipBytes),
      ],
      ...analysis.initialCss.map((file) => row(file, 'index.html stylesheet')),
      [
        'first view CSS',
        '',
        kB(sum(analysis.initialCss, 'rawBytes')),
        kB(initialCss),
        budgetStatus(initialCss, budgets.initialCssGzipBytes),
      ],
      ...analysis.lazyJs
        .sort((a, b) => b.gzipBytes - a.gzipBytes)
        .map((file) => row(file, 'import()', budgetStatus(file.gzipBytes, lazyCeiling(file)))),
      ['all JS', '', '', kB(totalJs), budgetStatus(totalJs, budgets.totalJsGzipBytes)],
      ...analysis.otherJs.map((file) => row(file, 'not by the app (public/)', '')),
    ],
  }),
)

const failures = [
  ...(initialJs > budgets.initialJsGzipBytes
    ? [`the first view's JS is ${kB(initialJs)} gzip, over ${kB(budgets.initialJsGzipBytes)}`]
    : []),
  ...(initialCss > budgets.initialCssGzipBytes
    ? [`the first view's CSS is ${kB(initialCss)} gzip, over ${kB(budgets.initialCssGzipBytes)}`]
    : []),
  ...overLazy.map((file) => `${file.file} is ${kB(file.gzipBytes)} gzip, over ${kB(lazyCeiling(file))}`),
  ...(totalJs > budgets.totalJsGzipBytes
    ? [`all JS is ${kB(totalJs)} gzip, over ${kB(budgets.totalJsGzipBytes)}`]
    : []),
]
if (failures.length > 0) {
  console.error(`\ncheck-budgets: ${failures.length} failed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
  process.exit(1)
}
console.log('\ncheck-budgets: every CI byte budget met')
