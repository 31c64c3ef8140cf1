/** At most this many bars in one chart: past it, a bar chart stops being readable and fast. */
const MAX_BARS = 20

/**
 * The rows a chart draws when there are too many: the largest by value, in the order they came in.
 * The table view and the CSV always have every row; the chart says how many it left out.
 */
export function capRows<T>(rows: T[], valueOf: (row: T) => number, max: number = MAX_BARS): T[] {
  if (rows.length <= max) return rows
  const kept = new Set(
    rows
      .map((row, index) => ({ index, value: valueOf(row) }))
      .sort((a, b) => b.value - a.value)
      .slice(0, max)
      .map((entry) => entry.index),
  )
  return rows.filter((_, index) => kept.has(index))
}
