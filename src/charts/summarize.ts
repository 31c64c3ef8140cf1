import type { FigureRow } from '@/data/select-figures'
import { formatCount, formatFigure } from '@/i18n/format'
import type { CompleteI18n as I18n } from '@/i18n/i18n'
import type { CountRow } from '@/charts/count-bar-chart'
import { punctuation } from '@/i18n/use-i18n-on-demand'

/**
 * What a chart says, in sentences built from the rows it draws, in the reader's language: a lead
 * sentence where the tab knows what matters most, then the range, then which figures are the
 * conference's own. Screen readers get it as the chart's description; anyone can open it. It
 * loads with the words around the chart (chart-frame-parts.tsx), not with the first chart.
 */
export function summarizeFigures(
  title: string,
  rows: FigureRow[],
  i18n: I18n,
  options: { labelOf?: (row: FigureRow) => string; lead?: string | null } = {},
): string {
  if (rows.length === 0) return i18n.t('summary.none', { title })
  const labelOf = options.labelOf ?? ((row: FigureRow) => i18n.local(row.label))
  const describe = (row: FigureRow) =>
    i18n.t('summary.item', { label: labelOf(row), value: formatFigure(row, i18n.locale) })
  const sorted = [...rows].sort((a, b) => b.value - a.value)
  const highest = sorted[0]
  const lowest = sorted.at(-1)
  const stated = rows.filter((row) => row.kind === 'reported' || row.kind === 'target')
  const sentences = [
    options.lead,
    highest && lowest && rows.length > 1
      ? i18n.t('summary.range', { title, count: rows.length, highest: describe(highest), lowest: describe(lowest) })
      : highest && i18n.t('summary.one', { title, item: describe(highest) }),
    stated.length > 0 && stated.length < rows.length
      ? i18n.t('summary.stated', { items: stated.map(describe).join(i18n.t('summary.join')) })
      : null,
  ]
  return sentences.filter(Boolean).join(punctuation[i18n.locale].sentences)
}

export function summarizeCounts(title: string, rows: CountRow[], i18n: I18n): string {
  if (rows.length === 0) return i18n.t('summary.none', { title })
  const sorted = [...rows].sort((a, b) => b.total - a.total)
  const items = sorted.map((row) =>
    i18n.t('summary.item', { label: row.label, value: formatCount(row.total, i18n.locale) }),
  )
  return i18n.t('summary.counts', { title, items: items.join(i18n.t('summary.join')) })
}
