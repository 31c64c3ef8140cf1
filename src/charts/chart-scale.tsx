import { createContext, use } from 'react'

/**
 * How much bigger than on a desk the charts draw: SVG text is sized in pixels, so projector slides
 * scale it here rather than through CSS, and Recharts still measures and wraps labels correctly.
 */
export type ChartScale = {
  font: number
  row: number
  /** On a projector: frames keep the chart and its source line, and drop what needs a click. */
  isProjected: boolean
}

const defaultChartScale: ChartScale = { font: 1, row: 1, isProjected: false }

export const ChartScaleContext = createContext<ChartScale>(defaultChartScale)

export function useChartScale(): ChartScale {
  return use(ChartScaleContext)
}
