// tsx bench/measure-finder.ts [--facts 10000] [--runs 20]: the finder's costs in Node, on a synthetic
// dataset from gen-data (seed 1): building its index (once per dataset, on first opening) and one
// search per keystroke of queries typed a character at a time, as the dialog runs them.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseDataset } from '../src/data/parse-dataset.ts'
import { buildFinderIndex, searchFinder } from '../src/features/finder/finder-index.ts'
import { median, percentile } from './lib/stats.ts'

const { values } = parseArgs({
  options: { facts: { type: 'string', default: '10000' }, runs: { type: 'string', default: '20' } },
})
const facts = Number(values.facts)
const runs = Number(values.runs)

const dir = mkdtempSync(resolve(tmpdir(), 'bench-finder-'))
const file = resolve(dir, 'dataset.json')
try {
  execFileSync('npm', ['run', '--silent', 'gen-data', '--', '--facts', String(facts), '--seed', '1', '--out', file], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: 'ignore',
  })
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'))

  // A fresh parse each run: the index of one dataset object is what the app builds once.
  const buildTimes: number[] = []
  for (let run = 0; run <= runs; run++) {
    const data = parseDataset(json)
    const started = performance.now()
    buildFinderIndex(data)
    if (run > 0) buildTimes.push(performance.now() - started)
  }

  const entries = buildFinderIndex(parseDataset(json))
  const queries = ['1,600', '2.7 million', '270万', '新能源', '两江', 'Liangjiang', 'Xu Lin', '许林', 'suppliers 2022']
  const keystrokes = queries.flatMap((query) => [...query].map((_, end) => query.slice(0, end + 1)))
  const searchTimes: number[] = []
  for (const query of keystrokes) searchFinder(entries, query)
  for (let run = 0; run < runs; run++) {
    for (const query of keystrokes) {
      const started = performance.now()
      searchFinder(entries, query)
      searchTimes.push(performance.now() - started)
    }
  }

  const ms = (value: number) => `${value.toFixed(1)} ms`
  console.log(
    `Finder at ${facts.toLocaleString('en')} facts (${entries.length.toLocaleString('en')} entries), Node ${process.version}`,
  )
  console.log(
    `  build index (first opening): median ${ms(median(buildTimes))}, p95 ${ms(percentile(buildTimes, 95))} (${runs} runs)`,
  )
  console.log(
    `  search per keystroke:        median ${ms(median(searchTimes))}, p95 ${ms(percentile(searchTimes, 95))} ` +
      `(${keystrokes.length} keystrokes × ${runs} runs)`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
