import { tabCharts, tabs, type ChartId, type Locale } from '@/view-state/view'
import type { ExportFormat } from '@/charts/export/chart-data'

/** `<tab>-<chart>-<language>.<format>`: "nev-output-zh.png", the same words as the view's link. */
export function exportFileName(chart: ChartId, locale: Locale, format: ExportFormat): string {
  const tab = tabs.find((id) => (tabCharts[id] as readonly string[]).includes(chart)) ?? 'chart'
  return `${tab}-${chart}-${locale}.${format}`
}
