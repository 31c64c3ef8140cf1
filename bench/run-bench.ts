// npm run bench [-- --only bytes,first-chart --runs 7 …]: measures the built app against the
// reference app and prints each figure with its budget. Timings vary with the machine, so this
// never fails: it exits 0 whatever it measures. The figures also go to bench/results/latest.json.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname } from 'node:path'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { buildReference, ensureAppBuild } from './lib/build.ts'
import { parseBenchArgs, type Section } from './lib/cli.ts'
import { count, kB, MB, ms, ratio, renderTable, verdict, type Table } from './lib/format.ts'
import { REFERENCE_DIST, RESULTS_FILE, ROOT } from './lib/paths.ts'
import { median, percentile } from './lib/stats.ts'
import { startStaticServer, type StaticServer } from './lib/static-server.ts'
import type { Target } from './lib/targets.ts'
import { bytesTables, measureBytes, type BytesResult } from './measure-bytes.ts'
import { firstChartTables, measureFirstChart, medianOf, type FirstChartResult } from './measure-first-chart.ts'
import { heapTable, measureHeapAfterLoad, type HeapResult } from './measure-heap.ts'
import { interactionsTable, measureInteractions, type InteractionsResult } from './measure-interactions.ts'
import { lighthouseTables, measureLighthouse, type LighthouseResult } from './measure-lighthouse.ts'
import { longTasksTable, measureLongTasks, type LongTasksResult } from './measure-long-tasks.ts'
import { measureProfile, profileTables, type ProfileResult } from './measure-profile.ts'
import { measureScale, scaleTables, type ScaleResult } from './measure-scale.ts'
import { measureSources, sourcesTables, type SourcesResult } from './measure-sources.ts'

type Results = {
  bytes?: { app: BytesResult; reference: BytesResult }
  sources?: SourcesResult
  'first-chart'?: FirstChartResult
  interactions?: InteractionsResult
  heap?: HeapResult
  'long-tasks'?: LongTasksResult
  lighthouse?: LighthouseResult
  scale?: ScaleResult
  profile?: ProfileResult
}

const options = parseBenchArgs(process.argv.slice(2))
const has = (section: Section) => options.only.has(section)
const log = (line: string) => console.log(`… ${line}`)
const printed: Table[] = []
const print = (tables: Table[]) => {
  for (const table of tables) console.log(renderTable(table))
  printed.push(...tables)
}

const results: Results = {}
const errors: Partial<Record<Section, string>> = {}
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
// The code measured: the commit, and how many files under src/ differ from it (others may be editing).
const code = {
  commit: git('rev-parse', '--short', 'HEAD'),
  changedSrcFiles: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length,
}
const machine = { cpus: cpus().length, loadAverageAtStart: loadavg()[0] ?? 0, node: process.version, chromium: '' }

ensureAppBuild(options.dist, options.build)
buildReference()

const servers: StaticServer[] = []
let browser: Browser | undefined
try {
  const app = await startStaticServer(options.dist)
  const reference = await startStaticServer(REFERENCE_DIST)
  servers.push(app, reference)
  const targets: { app: Target; reference: Target } = {
    app: { name: 'app', dist: options.dist, url: app.url },
    reference: { name: 'reference', dist: REFERENCE_DIST, url: reference.url },
  }
  const both = [targets.app, targets.reference]
  const needsBrowser = (
    ['bytes', 'first-chart', 'interactions', 'heap', 'long-tasks', 'scale', 'profile'] as const
  ).some(has)
  if (needsBrowser) {
    browser = await launchBrowser()
    machine.chromium = browser.version()
  }
  console.log(
    `app: ${options.dist} at ${app.url}; reference: ${REFERENCE_DIST} at ${reference.url}\n` +
      `code: commit ${code.commit}${code.changedSrcFiles > 0 ? ` with ${code.changedSrcFiles} changed files under src/` : ''}\n` +
      `machine: ${machine.cpus} cores, load average ${machine.loadAverageAtStart.toFixed(1)}, Node ${machine.node}` +
      (machine.chromium ? `, Chromium ${machine.chromium}` : ''),
  )
  if (machine.loadAverageAtStart > machine.cpus) {
    console.log(
      `note: the machine is busy (load ${machine.loadAverageAtStart.toFixed(1)} on ${machine.cpus} cores): timings will be slow and noisy`,
    )
  }

  const section = async <K extends Section>(
    name: K,
    run: () => Promise<NonNullable<Results[K]>>,
    tables: (r: NonNullable<Results[K]>) => Table[],
  ) => {
    if (!has(name)) return
    log(`${name} …`)
    try {
      const result = await run()
      results[name] = result
      print(tables(result))
    } catch (error) {
      errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error)
      console.log(`\n${name}: failed: ${errors[name]}`)
    }
  }
  const needBrowser = () => {
    if (!browser) throw new Error('no browser')
    return browser
  }

  await section(
    'bytes',
    async () => ({
      app: await measureBytes(needBrowser(), targets.app),
      reference: await measureBytes(needBrowser(), targets.reference),
    }),
    (r) => bytesTables(r.app, r.reference),
  )
  await section('sources', async () => measureSources(), sourcesTables)
  await section(
    'first-chart',
    () => measureFirstChart(needBrowser(), targets, options.runs, options.cpuThrottle),
    firstChartTables,
  )
  await section(
    'interactions',
    () => measureInteractions(needBrowser(), targets.app, options.samples, options.cpuThrottle),
    (r) => [interactionsTable(r)],
  )
  await section(
    'heap',
    () => measureHeapAfterLoad(needBrowser(), both, Math.min(3, options.runs)),
    (r) => [heapTable(r)],
  )
  await section(
    'long-tasks',
    () => measureLongTasks(needBrowser(), both, Math.min(3, options.runs), options.cpuThrottle),
    (r) => [longTasksTable(r)],
  )
  await section('lighthouse', () => measureLighthouse(both, options.lighthouseRuns), lighthouseTables)
  await section(
    'scale',
    () => measureScale(needBrowser(), options.dist, options.facts, options.cpuThrottle, log),
    scaleTables,
  )
  await section('profile', () => measureProfile(needBrowser(), options.facts.slice(-1), log), profileTables)
} finally {
  await browser?.close()
  await Promise.all(servers.map((server) => server.close()))
}

const summary = summaryTable(results)
print([summary])
mkdirSync(dirname(RESULTS_FILE), { recursive: true })
writeFileSync(
  RESULTS_FILE,
  `${JSON.stringify({ finishedAt: new Date().toISOString(), options: { ...options, only: [...options.only] }, code, machine: { ...machine, loadAverageAtEnd: loadavg()[0] }, budgets, results, errors, tables: printed }, null, 2)}\n`,
)
console.log(`\nfigures written to ${RESULTS_FILE}`)

/** Every budget with the figure it is judged on, in the order of the issue. */
function summaryTable(r: Results): Table {
  const rows: string[][] = []
  const add = (name: string, measured: string, limit: string, status: string) =>
    rows.push([name, measured, limit, status])
  if (r.bytes) {
    const { app, reference } = r.bytes
    const value = app.allJs.gzipBytes / reference.allJs.gzipBytes
    add(
      'all JS of a first load, to network idle, gzip',
      `${kB(app.allJs.gzipBytes)} vs ${kB(reference.allJs.gzipBytes)} = ${ratio(value)}`,
      `≤ ${budgets.allJsRatio}× reference`,
      verdict(value, budgets.allJsRatio),
    )
  }
  const firstChart = r['first-chart']
  if (firstChart) {
    const value = medianOf(firstChart.samples.app, 'frameMs') / medianOf(firstChart.samples.reference, 'frameMs')
    add(
      'first chart, median',
      `${ms(medianOf(firstChart.samples.app, 'frameMs'))} vs ${ms(medianOf(firstChart.samples.reference, 'frameMs'))} = ${ratio(value)}`,
      `≤ ${budgets.firstChartRatio}× reference`,
      verdict(value, budgets.firstChartRatio),
    )
  }
  if (r.lighthouse) {
    for (const category of ['performance', 'accessibility', 'best-practices'] as const) {
      const score = median(r.lighthouse.runs.app.map((run) => run.scores[category]))
      add(
        `Lighthouse mobile ${category}`,
        `${score} (reference ${median(r.lighthouse.runs.reference.map((run) => run.scores[category]))})`,
        `≥ ${budgets.lighthouse[category]}`,
        verdict(score, budgets.lighthouse[category], true),
      )
    }
  }
  if (r.interactions) {
    const p95 = (clicks: { timing: { frameMs: number } | null }[]) => {
      const timed = clicks.flatMap((c) => (c.timing ? [c.timing.frameMs] : []))
      return timed.length < clicks.length ? Number.POSITIVE_INFINITY : percentile(timed, 95)
    }
    const seen = p95(r.interactions.tabSwitches.filter((s) => !s.isFirstVisit))
    const first = p95(r.interactions.tabSwitches.filter((s) => s.isFirstVisit))
    const filter = p95(r.interactions.filterChanges)
    add(
      'tab seen before, to painted chart, p95',
      ms(seen),
      `< ${budgets.tabSeenP95Ms} ms`,
      verdict(seen, budgets.tabSeenP95Ms),
    )
    add(
      'tab first visit, to painted chart, p95',
      ms(first),
      `< ${budgets.tabFirstVisitP95Ms} ms`,
      verdict(first, budgets.tabFirstVisitP95Ms),
    )
    add(
      'filter change, to painted chart, p95',
      ms(filter),
      `< ${budgets.filterP95Ms} ms`,
      verdict(filter, budgets.filterP95Ms),
    )
  }
  if (r.scale) {
    const largest = r.scale.entries.at(-1)
    if (largest) {
      const b = largest.browser
      const facts = `${largest.facts.toLocaleString('en')} facts`
      const bars = [b.overviewBars ?? 0, ...(b.interactions?.tabSwitches.map((s) => s.bars) ?? [])]
      const rows = Object.values(b.tableRows).length > 0 ? Math.max(...Object.values(b.tableRows)) : Number.NaN
      const idle = b.longestTaskIdleMs
      const clicks = b.interactions?.longestTaskMs
      add(
        `longest task idle after load, ${facts}`,
        ms(idle),
        `≤ ${budgets.longTaskAfterLoadMs} ms`,
        verdict(idle, budgets.longTaskAfterLoadMs),
      )
      add(
        `longest task during clicks, ${facts}`,
        ms(clicks),
        `≤ ${budgets.longTaskAfterLoadMs} ms`,
        verdict(clicks, budgets.longTaskAfterLoadMs),
      )
      add(`most bars in one tab, ${facts}`, count(Math.max(...bars)), 'aggregated, not one per fact', 'info')
      add(`most table rows in one tab, ${facts}`, count(rows), 'virtualised or paginated', 'info')
      if (b.errors.length > 0) add(`scale in the browser, ${facts}`, 'incomplete', '', b.errors.join('; '))
    }
  }
  if (r.heap) {
    const used = median(r.heap.app.usedBytes)
    add('JS heap after load, real dataset', MB(used), `≤ ${MB(budgets.heapBytes)}`, verdict(used, budgets.heapBytes))
  }
  for (const [name, error] of Object.entries(errors)) add(name, 'failed', '', (error ?? '').split('\n')[0] ?? '')
  return { title: 'Budgets (timings never fail the run)', head: ['budget', 'measured', 'limit', 'status'], rows }
}
