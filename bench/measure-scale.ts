import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import type { Tab } from '../src/view-state/view.ts'
import { countBars, loadToFirstChart, measureHeap, openPage, readMarks, waitForQuiet } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { count, kB, MB, ms, verdict, type Table } from './lib/format.ts'
import { countTableRows, runInteractions, type InteractionRun } from './lib/interactions.ts'
import { DATASET_PATH, ROOT } from './lib/paths.ts'
import { percentile } from './lib/stats.ts'
import { startStaticServer } from './lib/static-server.ts'
import type { NodeScaleResult } from './scale-node.ts'

const SEED = 1
const NODE_RUNS = 5
const LOAD_TIMEOUT_MS = 300_000
const STEP_TIMEOUT_MS = 180_000
/** Seconds of idle after the first chart in which a long task means the page froze by itself. */
const IDLE_MS = 5000
/** Clicks per size: twice round the tabs and three filters on and off; once round and one on and off from 50,000 facts. */
const samplesFor = (facts: number) =>
  facts < 50_000 ? { tabSamples: 8, filterSamples: 6 } : { tabSamples: 4, filterSamples: 2 }

/** What the browser run measured; a step that failed leaves its fields out and says why in `errors`. */
type BrowserScaleResult = {
  firstChartMs?: number
  firstChartPaintedMs?: number
  longestTaskInLoadMs?: number
  /** In the idle seconds after the first chart, before any click. */
  longestTaskIdleMs?: number
  heapUsedBytes?: number
  overviewBars?: number
  interactions?: InteractionRun
  tableRows: Partial<Record<Tab, number>>
  errors: string[]
}
type ScaleEntry = {
  facts: number
  jsonBytes: number
  jsonGzipBytes: number
  node: NodeScaleResult
  browser: BrowserScaleResult
}
export type ScaleResult = { cpuThrottle: number; entries: ScaleEntry[] }

/**
 * For each size: a dataset from gen-data (seed 1, in a temporary directory), validation and the
 * selectors timed in a fresh Node process, then the built app served with that dataset in place of
 * data/dataset.json and driven in Chromium under CPU throttle.
 */
export async function measureScale(
  browser: Browser,
  dist: string,
  sizes: number[],
  cpuThrottle: number,
  log: (line: string) => void,
): Promise<ScaleResult> {
  const dir = mkdtempSync(resolve(tmpdir(), 'bench-scale-'))
  const entries: ScaleEntry[] = []
  try {
    for (const facts of sizes) {
      const file = resolve(dir, `dataset-${facts}.json`)
      const label = facts.toLocaleString('en')
      log(`scale: generating ${label} facts …`)
      const genArgs = ['--facts', String(facts), '--seed', String(SEED), '--out', file]
      execFileSync('npm', ['run', '--silent', 'gen-data', '--', ...genArgs], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      const content = readFileSync(file)
      log(`scale: timing validation and selectors on ${label} facts in Node …`)
      const nodeArgs = ['tsx', resolve(ROOT, 'bench/scale-node.ts'), file, '--runs', String(NODE_RUNS)]
      const node = JSON.parse(execFileSync('npx', nodeArgs, { cwd: ROOT, encoding: 'utf8' })) as NodeScaleResult
      log(`scale: driving the app with ${label} facts in Chromium …`)
      entries.push({
        facts,
        jsonBytes: content.length,
        jsonGzipBytes: gzipSync(content, { level: 6 }).length,
        node,
        browser: await measureInBrowser(browser, dist, file, cpuThrottle, samplesFor(facts)),
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { cpuThrottle, entries }
}

async function measureInBrowser(
  browser: Browser,
  dist: string,
  dataset: string,
  cpuThrottle: number,
  samples: { tabSamples: number; filterSamples: number },
): Promise<BrowserScaleResult> {
  const result: BrowserScaleResult = { tableRows: {}, errors: [] }
  const step = async (name: string, run: () => Promise<void>) => {
    try {
      await run()
      return true
    } catch (error) {
      result.errors.push(`${name}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`)
      return false
    }
  }
  const server = await startStaticServer(dist, { [DATASET_PATH]: dataset })
  const opened = await openPage(browser, { cpuThrottle })
  try {
    const { page } = opened
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    const isLoaded = await step('load', async () => {
      const loaded = await loadToFirstChart(page, server.url, LOAD_TIMEOUT_MS)
      result.firstChartMs = loaded.firstChartFrame ?? Number.NaN
      result.firstChartPaintedMs = loaded.firstChartPainted ?? Number.NaN
      await page.waitForTimeout(IDLE_MS)
      const loadEnd = loaded.firstChartPainted ?? 0
      const { longTasks } = await readMarks(page)
      const longest = (tasks: typeof longTasks) => Math.max(0, ...tasks.map((task) => task.duration))
      result.longestTaskInLoadMs = longest(longTasks.filter((task) => task.start < loadEnd))
      result.longestTaskIdleMs = longest(longTasks.filter((task) => task.start >= loadEnd))
      await waitForQuiet(page, 1000, STEP_TIMEOUT_MS)
      result.overviewBars = await countBars(page)
    })
    if (!isLoaded) return result
    await step('interactions', async () => {
      result.interactions = await runInteractions(page, { ...samples, timeoutMs: STEP_TIMEOUT_MS })
    })
    await step('heap', async () => {
      result.heapUsedBytes = (await measureHeap(opened.cdp)).usedBytes
    })
    await step('table rows', async () => {
      await countTableRows(page, STEP_TIMEOUT_MS, result.tableRows)
    })
    return result
  } finally {
    await opened.close()
    await server.close()
  }
}

type Clicks = { timing: { frameMs: number } | null }[] | undefined

export function scaleTables(result: ScaleResult): Table[] {
  const { entries } = result
  const head = ['', ...entries.map((e) => `${e.facts.toLocaleString('en')} facts`)]
  const nodeNames = [...new Set(entries.flatMap((e) => Object.keys(e.node.timings)))]
  const rowNames = [...new Set(entries.flatMap((e) => Object.keys(e.node.rows)))]
  const inBrowser = (pick: (b: BrowserScaleResult) => string) => entries.map((e) => pick(e.browser))
  const p = (clicks: Clicks, q: number) => {
    if (!clicks) return '–'
    const timed = clicks.flatMap((c) => (c.timing ? [c.timing.frameMs] : []))
    const timedOut = clicks.length - timed.length
    return `${ms(percentile(timed, q))} (${timed.length}${timedOut > 0 ? `, ${timedOut} timed out` : ''})`
  }
  const warm = (b: BrowserScaleResult) => b.interactions?.tabSwitches.filter((s) => !s.isFirstVisit)
  const tabs: Tab[] = ['overview', 'clusters', 'nev', 'finance']
  const barsOf = (b: BrowserScaleResult, tab: Tab) =>
    tab === 'overview' ? b.overviewBars : b.interactions?.tabSwitches.find((s) => s.tab === tab)?.bars
  const withVerdict = (value: number | undefined) => `${ms(value)} ${verdict(value, budgets.longTaskAfterLoadMs)}`

  return [
    {
      title: `Scale in Node: median of ${NODE_RUNS} runs (after one warm-up), a fresh process per dataset`,
      head,
      rows: [
        ['dataset.json', ...entries.map((e) => `${MB(e.jsonBytes)} (${kB(e.jsonGzipBytes)} gzip)`)],
        ...nodeNames.map((name) => [name, ...entries.map((e) => ms(e.node.timings[name]))]),
        ...rowNames.map((name) => [`rows: ${name}`, ...entries.map((e) => count(e.node.rows[name]))]),
      ],
    },
    {
      title: `Scale in Chromium: the built app with each dataset, ${result.cpuThrottle}× CPU throttle`,
      head,
      rows: [
        ['first chart (frame)', ...inBrowser((b) => ms(b.firstChartMs))],
        ['first chart (painted)', ...inBrowser((b) => ms(b.firstChartPaintedMs))],
        ['longest task during load', ...inBrowser((b) => ms(b.longestTaskInLoadMs))],
        [
          `longest task, ${IDLE_MS / 1000} s idle after load (≤ ${budgets.longTaskAfterLoadMs} ms)`,
          ...inBrowser((b) => withVerdict(b.longestTaskIdleMs)),
        ],
        [
          `longest task during the clicks (≤ ${budgets.longTaskAfterLoadMs} ms)`,
          ...inBrowser((b) => withVerdict(b.interactions?.longestTaskMs)),
        ],
        ['tab switch p50 (clicks)', ...inBrowser((b) => p(b.interactions?.tabSwitches, 50))],
        ['tab switch p95', ...inBrowser((b) => p(b.interactions?.tabSwitches, 95))],
        ['tab switch p95, tab seen before', ...inBrowser((b) => p(warm(b), 95))],
        ['filter change p50 (clicks)', ...inBrowser((b) => p(b.interactions?.filterChanges, 50))],
        ['filter change p95', ...inBrowser((b) => p(b.interactions?.filterChanges, 95))],
        ['JS heap after load (after GC)', ...inBrowser((b) => MB(b.heapUsedBytes))],
        ...tabs.map((tab) => [`SVG bars drawn: ${tab}`, ...inBrowser((b) => count(barsOf(b, tab)))]),
        ...tabs.map((tab) => [`table rows in the DOM: ${tab}`, ...inBrowser((b) => count(b.tableRows[tab]))]),
      ],
      notes: [
        'times: from the click (or navigation) to the rAF callback of the first frame showing the new bars',
        'bars: bars a reader can see in the tab panel; rows: tbody tr in the tab panel with Show as › Table',
        ...entries.flatMap((e) => e.browser.errors.map((error) => `${e.facts} facts, failed: ${error}`)),
      ],
    },
  ]
}
