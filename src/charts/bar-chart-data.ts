/** One bar of a horizontal bar chart, with its label already in the reader's language. */
export type BarRow = {
  id: string
  label: string
  value: number
  /** The bar's paint: its kind's colour, with the outline and dashes that tell kinds apart without it. */
  fill: string
  stroke?: string | undefined
  dash?: string | undefined
  /** Written at the end of the bar: "more than 1,600 enterprises", with its gap to a target. */
  valueLabel: string
}
