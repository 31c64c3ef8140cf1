/** The value below which `p` percent of the samples fall (nearest rank), or NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2
}

export const max = (samples: readonly number[]) => (samples.length === 0 ? 0 : Math.max(...samples))

/** Times `run` `runs` times after one warm-up call, in milliseconds. */
export function timeRuns(runs: number, run: () => unknown): number[] {
  run()
  return Array.from({ length: runs }, () => {
    const started = performance.now()
    run()
    return performance.now() - started
  })
}
