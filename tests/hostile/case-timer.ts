/**
 * Times each generated case of a property and prints, once the property is done, how many ran,
 * how long they took and which was slowest. Timings are reported, never asserted: a loaded CI
 * machine must not fail a test that only measures.
 */
export function caseTimer(property: string) {
  const durations: number[] = []
  let slowest = { ms: -1, what: '' }
  const note = (ms: number, what: () => string) => {
    durations.push(ms)
    if (ms > slowest.ms) slowest = { ms, what: what() }
  }
  return {
    time<T>(what: () => string, body: () => T): T {
      const start = performance.now()
      try {
        return body()
      } finally {
        note(performance.now() - start, what)
      }
    },
    async timeAsync<T>(what: () => string, body: () => Promise<T>): Promise<T> {
      const start = performance.now()
      try {
        return await body()
      } finally {
        note(performance.now() - start, what)
      }
    },
    get count() {
      return durations.length
    },
    /** One line for the test log: cases, total, median, slowest and what it was. */
    report(): string {
      const sorted = [...durations].sort((a, b) => a - b)
      const total = sorted.reduce((sum, ms) => sum + ms, 0)
      const median = sorted[Math.floor(sorted.length / 2)] ?? 0
      const line =
        `[hostile] ${property}: ${sorted.length} cases in ${total.toFixed(0)} ms, ` +
        `median ${median.toFixed(2)} ms, slowest ${slowest.ms.toFixed(1)} ms (${slowest.what.slice(0, 160)})`
      console.log(line)
      return line
    },
  }
}

/** A short description of a generated value for the timing line: its kind and size, not its bytes. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `a string of ${value.length} characters: ${JSON.stringify(value.slice(0, 60))}`
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (typeof value === 'object' && value !== null) return `an object with ${Object.keys(value).length} keys`
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return 'a symbol'
  return `${typeof value} ${String(value).slice(0, 40)}`
}
