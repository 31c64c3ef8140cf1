import type { FigureRow } from '@/data/select-figures'
import { formatCount, formatFigure } from '@/i18n/format'
import type { I18n } from '@/i18n/i18n'
import type { CountRow } from '@/charts/count-bar-chart'

/** A sentence a screen reader can read instead of the chart, built from the rows it draws. */
export function summarizeFigures(title: string, rows: FigureRow[], i18n: I18n, labelOf?: (row: FigureRow) => string) {
  if (rows.length === 0) return i18n.t('summary.none', { title })
  const items = rows.map((row) =>
    i18n.t('summary.item', {
      label: labelOf ? labelOf(row) : i18n.local(row.label),
      value: formatFigure(row, i18n.locale),
    }),
  )
  return i18n.t('summary.figures', { title, items: items.join(i18n.t('summary.join')) })
}

export function summarizeCounts(title: string, rows: CountRow[], i18n: I18n) {
  if (rows.length === 0) return i18n.t('summary.none', { title })
  const items = rows.map((row) =>
    i18n.t('summary.item', { label: row.label, value: formatCount(row.total, i18n.locale) }),
  )
  return i18n.t('summary.counts', { title, items: items.join(i18n.t('summary.join')) })
}
