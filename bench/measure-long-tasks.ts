import type { Browser } from 'playwright-core'
import { loadToFirstChart, openPage, readMarks } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { count, ms, verdict, type Table } from './lib/format.ts'
import { max, median } from './lib/stats.ts'
import type { Target } from './lib/targets.ts'

const IDLE_MS = 5000

type LongTaskSample = {
  duringLoadMs: number
  afterLoadMs: number
  countDuringLoad: number
  countAfterLoad: number
}
export type LongTasksResult = { cpuThrottle: number; samples: Record<Target['name'], LongTaskSample[]> }

/** Long tasks (over 50 ms) while loading to the first chart, and in the 5 s of idle after it. */
export async function measureLongTasks(
  browser: Browser,
  targets: Target[],
  runs: number,
  cpuThrottle: number,
): Promise<LongTasksResult> {
  const samples: LongTasksResult['samples'] = { app: [], reference: [] }
  for (let run = 0; run < runs; run++) {
    for (const target of targets) {
      const opened = await openPage(browser, { cpuThrottle })
      try {
        const loaded = await loadToFirstChart(opened.page, target.url, 120_000)
        await opened.page.waitForTimeout(IDLE_MS)
        const { longTasks } = await readMarks(opened.page)
        const loadEnd = loaded.firstChartPainted ?? 0
        const during = longTasks.filter((task) => task.start < loadEnd)
        const after = longTasks.filter((task) => task.start >= loadEnd)
        samples[target.name].push({
          duringLoadMs: max(during.map((t) => t.duration)),
          afterLoadMs: max(after.map((t) => t.duration)),
          countDuringLoad: during.length,
          countAfterLoad: after.length,
        })
      } finally {
        await opened.close()
      }
    }
  }
  return { cpuThrottle, samples }
}

export function longTasksTable(result: LongTasksResult): Table {
  const rows = Object.entries(result.samples)
    .filter(([, samples]) => samples.length > 0)
    .map(([name, samples]) => {
      const after = max(samples.map((s) => s.afterLoadMs))
      return [
        name,
        ms(median(samples.map((s) => s.duringLoadMs))),
        count(median(samples.map((s) => s.countDuringLoad))),
        ms(after),
        count(median(samples.map((s) => s.countAfterLoad))),
        verdict(after, budgets.longTaskAfterLoadMs),
      ]
    })
  return {
    title: `Long tasks, ${result.cpuThrottle}× CPU throttle (median of runs; "after load": the ${IDLE_MS / 1000} s after the first chart, max of runs)`,
    head: [
      'app',
      'longest during load',
      'count during load',
      'longest after load',
      'count after load',
      `≤ ${budgets.longTaskAfterLoadMs} ms`,
    ],
    rows,
  }
}
