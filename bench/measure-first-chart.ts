import type { Browser } from 'playwright-core'
import { loadToFirstChart, openPage, readLoadTimeline, readMetrics } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { ms, ratio, verdict, type Table } from './lib/format.ts'
import { max, median } from './lib/stats.ts'
import type { Target } from './lib/targets.ts'

type LoadSample = {
  frameMs: number
  paintedMs: number
  fcpMs: number
  longestTaskMs: number
  /** The last script (fetched before the chart) received. */
  scriptsDoneMs: number
  /** The dataset requested, and received. */
  dataRequestedMs: number
  dataDoneMs: number
  /** Main-thread time up to the first chart, by kind (Chromium's Performance metrics), throttled. */
  scriptMs: number
  styleMs: number
  layoutMs: number
  taskMs: number
}
export type FirstChartResult = { runs: number; cpuThrottle: number; samples: Record<Target['name'], LoadSample[]> }

/**
 * Cold loads, alternating app and reference so both see the same machine state: a new context
 * each (no cache, no storage), the HTTP cache disabled and the CPU throttled.
 */
export async function measureFirstChart(
  browser: Browser,
  targets: { app: Target; reference: Target },
  runs: number,
  cpuThrottle: number,
): Promise<FirstChartResult> {
  const samples: FirstChartResult['samples'] = { app: [], reference: [] }
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? [targets.app, targets.reference] : [targets.reference, targets.app]
    for (const target of order) {
      const opened = await openPage(browser, { cpuThrottle })
      try {
        const marks = await loadToFirstChart(opened.page, target.url, 120_000)
        const metrics = await readMetrics(opened.cdp)
        const frameMs = marks.firstChartFrame ?? Number.NaN
        const seconds = (name: string) => (metrics[name] ?? Number.NaN) * 1000
        samples[target.name].push({
          frameMs,
          paintedMs: marks.firstChartPainted ?? Number.NaN,
          fcpMs: marks.firstContentfulPaint ?? Number.NaN,
          longestTaskMs: max(marks.longTasks.map((task) => task.duration)),
          ...(await readLoadTimeline(opened.page, frameMs)),
          scriptMs: seconds('ScriptDuration'),
          styleMs: seconds('RecalcStyleDuration'),
          layoutMs: seconds('LayoutDuration'),
          taskMs: seconds('TaskDuration'),
        })
      } finally {
        await opened.close()
      }
    }
  }
  return { runs, cpuThrottle, samples }
}

export const medianOf = (samples: LoadSample[], key: keyof LoadSample) => median(samples.map((s) => s[key]))

export function firstChartTables(result: FirstChartResult): Table[] {
  return [firstChartTable(result), timelineTable(result)]
}

/** Where the time to the first chart goes: network milestones, then main-thread work by kind. */
function timelineTable(result: FirstChartResult): Table {
  const { app, reference } = result.samples
  const row = (name: string, pick: (s: LoadSample) => number) => [
    name,
    ms(median(app.map(pick))),
    ms(median(reference.map(pick))),
    ms(median(app.map(pick)) - median(reference.map(pick))),
  ]
  return {
    title: `Where the time to the first chart goes, ${result.cpuThrottle}× CPU throttle (medians; from navigation start)`,
    head: ['milestone or main-thread work', 'app', 'reference', 'app − reference'],
    rows: [
      row('last script received', (s) => s.scriptsDoneMs),
      row('dataset requested', (s) => s.dataRequestedMs),
      row('dataset received', (s) => s.dataDoneMs),
      row('first chart (frame)', (s) => s.frameMs),
      row('  dataset received → chart', (s) => s.frameMs - s.dataDoneMs),
      row('main thread busy (TaskDuration)', (s) => s.taskMs),
      row('  running script (ScriptDuration)', (s) => s.scriptMs),
      row('  style recalculation', (s) => s.styleMs),
      row('  layout', (s) => s.layoutMs),
    ],
    notes: [
      "main-thread totals: Chromium's Performance metrics, read within 0.1 s after the first chart; script includes parse, compile and run",
    ],
  }
}

function firstChartTable(result: FirstChartResult): Table {
  const { app, reference } = result.samples
  const chartRatio = medianOf(app, 'frameMs') / medianOf(reference, 'frameMs')
  const row = (name: string, samples: LoadSample[]) => [
    name,
    ms(medianOf(samples, 'frameMs')),
    ms(medianOf(samples, 'paintedMs')),
    ms(medianOf(samples, 'fcpMs')),
    ms(medianOf(samples, 'longestTaskMs')),
    samples.map((s) => s.frameMs.toFixed(0)).join(' '),
  ]
  return {
    title: `First chart, cold load, ${result.cpuThrottle}× CPU throttle, median of ${result.runs} alternating runs each`,
    head: ['app', 'first chart (frame)', 'first chart (painted)', 'FCP', 'longest task in load', 'runs (frame, ms)'],
    rows: [
      row('app', app),
      row('reference', reference),
      [
        'app / reference',
        ratio(chartRatio),
        ratio(medianOf(app, 'paintedMs') / medianOf(reference, 'paintedMs')),
        ratio(medianOf(app, 'fcpMs') / medianOf(reference, 'fcpMs')),
        '',
        '',
      ],
    ],
    notes: [
      `budget: app/reference first chart ≤ ${budgets.firstChartRatio}× → ${verdict(chartRatio, budgets.firstChartRatio)}`,
      'frame: the rAF callback of the first frame with a bar in the DOM (the static chart in the HTML, or one Recharts drew); painted: a task posted from it, after that frame rendered',
    ],
  }
}
