/** One stack of a bar: its value and its paint. A figure's bar has one; a count's, one per series. */
type BarSegment = {
  key: string
  value: number
  fill: string
  stroke?: string | undefined
  dash?: string | undefined
}

/** One bar of a horizontal bar chart, with its label already in the reader's language. */
export type BarRow = {
  id: string
  label: string
  segments: BarSegment[]
  /** Written at the end of the bar: ">1,600", "≈2.7M", a count. */
  valueLabel: string
}

export const totalOf = (row: BarRow) => row.segments.reduce((sum, segment) => sum + segment.value, 0)

/** Each stack of the chart, by key, in the order the rows first use them. */
export function segmentKeys(rows: BarRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.segments.map((segment) => segment.key)))]
}
