import type { ChartId, View } from '@/view-state/view'

/** Whether a part of the tab is in this view: all parts, unless the view names one. */
export function isChartShown(view: View, chart: ChartId): boolean {
  return view.chart === null || view.chart === chart
}

/** Filters and the chart/table switch: in the app, and in an embed of a whole tab; never on a slide. */
export function hasControls(view: View): boolean {
  return view.mode === 'app' || (view.mode === 'embed' && view.chart === null)
}

/** The tab's heading and introduction: only when the whole tab is shown, outside presenter mode. */
export function hasIntro(view: View): boolean {
  return view.chart === null && view.mode !== 'present'
}
