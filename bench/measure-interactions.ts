import type { Browser } from 'playwright-core'
import { loadToFirstChart, openPage, waitForQuiet } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { count, ms, verdict, type Table } from './lib/format.ts'
import { runInteractions, type InteractionRun } from './lib/interactions.ts'
import { percentile } from './lib/stats.ts'
import type { Target } from './lib/targets.ts'

export type InteractionsResult = InteractionRun & { cpuThrottle: number }

/** Tab switches and filter changes on the app, under CPU throttle, after a cold load of the Overview. */
export async function measureInteractions(
  browser: Browser,
  app: Target,
  samples: number,
  cpuThrottle: number,
): Promise<InteractionsResult> {
  const opened = await openPage(browser, { cpuThrottle })
  try {
    opened.page.setDefaultTimeout(60_000)
    await loadToFirstChart(opened.page, app.url, 120_000)
    await waitForQuiet(opened.page, 1000, 30_000)
    const run = await runInteractions(opened.page, { tabSamples: samples, filterSamples: samples, timeoutMs: 30_000 })
    return { ...run, cpuThrottle }
  } finally {
    await opened.close()
  }
}

type Timed = { timing: { frameMs: number; paintedMs: number } | null }

/** p50 and p95 of a set of clicks, to the frame and to after its paint, with the budget verdict. */
function interactionRow(name: string, clicks: Timed[], budgetMs: number | null): string[] {
  const timed = clicks.flatMap((c) => (c.timing ? [c.timing] : []))
  const frame = timed.map((t) => t.frameMs)
  const painted = timed.map((t) => t.paintedMs)
  const p95 = percentile(frame, 95)
  const timedOut = clicks.length - timed.length
  return [
    name,
    count(timed.length) + (timedOut > 0 ? ` (+${timedOut} timed out)` : ''),
    ms(percentile(frame, 50)),
    ms(p95),
    ms(percentile(painted, 50)),
    ms(percentile(painted, 95)),
    ms(frame.length > 0 ? Math.max(...frame) : Number.NaN),
    budgetMs === null ? '' : `< ${budgetMs} ms`,
    budgetMs === null ? '' : timedOut > 0 ? 'OVER' : verdict(p95, budgetMs),
  ]
}

export function interactionsTable(result: InteractionsResult): Table {
  const seen = result.tabSwitches.filter((s) => !s.isFirstVisit)
  const first = result.tabSwitches.filter((s) => s.isFirstVisit)
  return {
    title: `Interactions on the app, ${result.cpuThrottle}× CPU throttle: click to the frame with the new chart`,
    head: [
      'interaction',
      'samples',
      'p50 frame',
      'p95 frame',
      'p50 painted',
      'p95 painted',
      'max frame',
      'p95 budget',
      'status',
    ],
    rows: [
      interactionRow('tab switch: tab seen before', seen, budgets.tabSeenP95Ms),
      interactionRow('tab switch: first visit (loads its chunk)', first, budgets.tabFirstVisitP95Ms),
      interactionRow('filter Kind › Target on/off', result.filterChanges, budgets.filterP95Ms),
      ...(['clusters', 'nev', 'finance', 'overview'] as const).map((tab) =>
        interactionRow(
          `  to ${tab}`,
          result.tabSwitches.filter((s) => s.tab === tab),
          null,
        ),
      ),
    ],
    notes: [
      `longest task during the interactions: ${ms(result.longestTaskMs)}`,
      `bars in the Overview: ${result.filterBars.off} unfiltered, ${result.filterBars.on} with Kind › Target`,
      'frame: the rAF callback of the first frame showing the new bars; painted: a task posted from it, after that frame rendered',
    ],
  }
}
