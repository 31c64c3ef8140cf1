import type { Browser } from 'playwright-core'
import { loadToFirstChart, measureHeap, openPage, waitForQuiet } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { MB, verdict, type Table } from './lib/format.ts'
import { median } from './lib/stats.ts'
import type { Target } from './lib/targets.ts'

export type HeapResult = Record<Target['name'], { usedBytes: number[]; totalBytes: number[] }>

/** JS heap in use after load, 2 s of idle and a forced garbage collection (no throttle: it changes no byte). */
export async function measureHeapAfterLoad(browser: Browser, targets: Target[], runs: number): Promise<HeapResult> {
  const result: HeapResult = { app: { usedBytes: [], totalBytes: [] }, reference: { usedBytes: [], totalBytes: [] } }
  for (let run = 0; run < runs; run++) {
    for (const target of targets) {
      const opened = await openPage(browser, { cpuThrottle: 1 })
      try {
        await loadToFirstChart(opened.page, target.url, 60_000)
        await waitForQuiet(opened.page, 1000, 10_000)
        await opened.page.waitForTimeout(2000)
        const heap = await measureHeap(opened.cdp)
        result[target.name].usedBytes.push(heap.usedBytes)
        result[target.name].totalBytes.push(heap.totalBytes)
      } finally {
        await opened.close()
      }
    }
  }
  return result
}

export function heapTable(result: HeapResult): Table {
  return {
    title: 'JS heap after load and 2 s idle, after a forced GC (CDP Performance.getMetrics), median of runs',
    head: ['app', 'JSHeapUsedSize', 'JSHeapTotalSize', 'runs (used)', `≤ ${MB(budgets.heapBytes)}`],
    rows: Object.entries(result)
      .filter(([, heap]) => heap.usedBytes.length > 0)
      .map(([name, heap]) => [
        name,
        MB(median(heap.usedBytes)),
        MB(median(heap.totalBytes)),
        heap.usedBytes.map((b) => (b / 1e6).toFixed(2)).join(' '),
        name === 'app' ? verdict(median(heap.usedBytes), budgets.heapBytes) : '',
      ]),
  }
}
