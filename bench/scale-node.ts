// tsx bench/scale-node.ts <dataset.json> [--runs 5]: times validation and the tab selectors on one
// dataset in a fresh Node process, and prints them as JSON. Run by measure-scale.ts.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { parseDataset } from '../src/data/parse-dataset.ts'
import { indexDataset } from '../src/data/select-figures.ts'
import { selectClusters } from '../src/features/clusters/select-clusters.ts'
import { selectFinance } from '../src/features/finance/select-finance.ts'
import { selectNev } from '../src/features/nev/select-nev.ts'
import { selectOverview, selectSpeakers, selectTradeGrowth } from '../src/features/overview/select-overview.ts'
import { emptyFilters } from '../src/view-state/view.ts'
import { median, timeRuns } from './lib/stats.ts'

export type NodeScaleResult = {
  facts: number
  /** Median milliseconds of each step, by name. */
  timings: Record<string, number>
  /** What the selectors hand the charts: bars the trade chart and the NEV charts would draw. */
  rows: Record<string, number>
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' } },
})
const file = positionals[0]
if (!file) throw new Error('usage: tsx bench/scale-node.ts <dataset.json> [--runs 5]')
const runs = Number(values.runs)

const text = readFileSync(file, 'utf8')
const json: unknown = JSON.parse(text)
const data = parseDataset(json)
const timings: Record<string, number> = {}
const time = (name: string, run: () => unknown) => (timings[name] = median(timeRuns(runs, run)))

time('JSON.parse', () => JSON.parse(text))
time('parseDataset (validate)', () => parseDataset(json))
// indexDataset caches per dataset object: time it on fresh copies, as the app builds it once per load.
const copies = Array.from({ length: runs + 1 }, () => parseDataset(json))
timings['indexDataset (once per load)'] = median(
  copies
    .map((copy) => {
      const started = performance.now()
      indexDataset(copy)
      return performance.now() - started
    })
    .slice(1),
)
indexDataset(data)
time('selectOverview', () => selectOverview(data, emptyFilters))
time('selectOverview, kind=target', () => selectOverview(data, { ...emptyFilters, kind: ['target'] }))
time('selectTradeGrowth (overview)', () => selectTradeGrowth(data))
time('selectSpeakers (overview)', () => selectSpeakers(data))
time('selectClusters', () => selectClusters(data, emptyFilters))
time('selectClusters, kind=reported', () => selectClusters(data, { ...emptyFilters, kind: ['reported'] }))
time('selectNev', () => selectNev(data, emptyFilters))
time('selectNev, kind=reported, region=sichuan', () =>
  selectNev(data, { ...emptyFilters, kind: ['reported'], region: 'sichuan' }),
)
time('selectFinance', () => selectFinance(data, emptyFilters))
time('selectFinance, category=centre', () => selectFinance(data, { ...emptyFilters, category: ['centre'] }))

const overview = selectOverview(data, emptyFilters)
const nev = selectNev(data, emptyFilters)
const clusters = selectClusters(data, emptyFilters)
const result: NodeScaleResult = {
  facts: data.facts.length,
  timings,
  rows: {
    'overview trade bars': overview.trade.length,
    'overview headline cards': overview.headlines.length,
    'nev chart bars': nev.vehicles.length + nev.shares.length,
    'nev figure cards': nev.others.length,
    'clusters zone figures': clusters.facts.length,
  },
}
console.log(JSON.stringify(result))
