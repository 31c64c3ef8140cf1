import type { ChartId, Locale, Tab } from '@/view-state/view'
import type { ExportFormat } from '@/charts/export/chart-data'

/** `<tab>-<chart>-<language>.<format>`: "nev-output-zh.png", the same words as the view's link. */
export function exportFileName(tab: Tab, chart: ChartId, locale: Locale, format: ExportFormat): string {
  return `${tab}-${chart}-${locale}.${format}`
}
