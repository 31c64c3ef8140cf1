// The performance budgets, in one place: the benchmark reports against them, check-budgets fails on
// the byte ones. kB means 1,000 bytes and MB 1,000,000 bytes, as Vite and Lighthouse count them.

export const budgets = {
  /** Navigation to the first chart on screen, against the reference app in the same run: it is in the HTML. */
  firstChartRatio: 0.8,
  /** All JS a first load fetches, to network idle, gzip, against the reference app in the same run. */
  allJsRatio: 1.2,
  /**
   * CI's byte ceilings (gzip -9), a few kB above the build they were set on (December 2026):
   * the first view's JS (index.html's script and what it imports, the one English catalogue
   * with every feature's words included), the live chart's chunk (Recharts), any other chunk
   * loaded on demand, and every chunk together.
   */
  initialJsGzipBytes: 113_000,
  chartChunkGzipBytes: 117_000,
  lazyChunkGzipBytes: 12_000,
  totalJsGzipBytes: 283_000,
  initialCssGzipBytes: 12_000,
  /** Click to the frame with the new chart, under 4× CPU throttle, 95th percentile. */
  tabSeenP95Ms: 100,
  tabFirstVisitP95Ms: 200,
  filterP95Ms: 100,
  /** Longest task after load at 100,000 facts. */
  longTaskAfterLoadMs: 200,
  heapBytes: 8_000_000,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 100 },
} as const
