import type { FigureRow } from '@/data/select-figures'
import type { ListRow } from '@/data/select-lists'
import { formatDate, formatFigure, formatQualifier } from '@/i18n/format'
import type { I18n } from '@/i18n/i18n'
import { sourceText } from '@/charts/source-text'
import type { ChartData } from '@/charts/export/chart-data'
import { toCsv, type CsvColumn } from '@/charts/export/to-csv'

/** Where the rows come from; written on every row, so a row copied elsewhere keeps its date and link. */
export type CsvProvenance = { sourceDate: string; url: string }

/** The data behind a chart as CSV, headers and labels in the reader's language, values as plain numbers. */
export function chartCsv(data: ChartData, i18n: I18n, provenance: CsvProvenance): string {
  return data.kind === 'figures' ? figureCsv(data.rows, i18n, provenance) : listCsv(data.rows, i18n, provenance)
}

function figureCsv(rows: FigureRow[], i18n: I18n, provenance: CsvProvenance): string {
  const columns: CsvColumn<FigureRow>[] = [
    { header: i18n.t('table.figure'), cell: (row) => i18n.local(row.label) },
    {
      header: i18n.t('export.column.qualifier'),
      cell: (row) => row.qualifier && formatQualifier(row.qualifier, i18n.locale),
    },
    { header: i18n.t('table.value'), cell: (row) => row.value },
    { header: i18n.t('export.column.unit'), cell: (row) => i18n.t(`unit.${row.unit}`) },
    { header: i18n.t('export.column.asWorded'), cell: (row) => formatFigure(row, i18n.locale) },
    { header: i18n.t('table.period'), cell: (row) => i18n.local(row.period) },
    { header: i18n.t('table.region'), cell: (row) => i18n.local(row.region) },
    { header: i18n.t('table.kind'), cell: (row) => i18n.t(`kind.${row.kind}`) },
    { header: i18n.t('export.column.speaker'), cell: (row) => sourceText(row, i18n) },
    { header: i18n.t('export.column.quote'), cell: (row) => quoteOf(row, i18n) },
    ...provenanceColumns<FigureRow>(i18n, provenance),
  ]
  return toCsv(rows, columns)
}

/** Quotes stay as the source worded them, whatever the reader's language: they are evidence. */
export function quoteOf(row: FigureRow, i18n: I18n): string {
  switch (row.source.kind) {
    case 'stated':
    case 'context':
    case 'article':
      return row.source.quote
    case 'derived':
      return i18n.local(row.source.formula)
  }
}

/** One item of a named list, with the list that names it. */
type ListItemRow = { list: ListRow; item: ListRow['list']['items'][number] }

/** The items of named lists, one row each, with the list, its tier and area, its speaker and quote. */
function listCsv(rows: ListRow[], i18n: I18n, provenance: CsvProvenance): string {
  const items: ListItemRow[] = rows.flatMap((list) => list.list.items.map((item) => ({ list, item })))
  const columns: CsvColumn<ListItemRow>[] = [
    { header: i18n.t('table.item'), cell: ({ item }) => i18n.local(item.label) },
    { header: i18n.t('export.column.list'), cell: ({ list }) => i18n.local(list.label) },
    {
      header: i18n.t('export.column.qualifier'),
      cell: ({ list }) => (list.list.isOpenEnded ? i18n.t('clusters.openEnded') : ''),
    },
    { header: i18n.t('filter.tier'), cell: ({ list }) => (list.list.tier ? i18n.t(`tier.${list.list.tier}`) : '') },
    { header: i18n.t('table.region'), cell: ({ list }) => i18n.local(list.region) },
    { header: i18n.t('table.kind'), cell: ({ list }) => i18n.t(`kind.${list.list.kind}`) },
    { header: i18n.t('export.column.speaker'), cell: ({ list }) => i18n.name(list.speaker.name) },
    { header: i18n.t('export.column.quote'), cell: ({ list, item }) => item.quote ?? list.list.quote },
    ...provenanceColumns<ListItemRow>(i18n, provenance),
  ]
  return toCsv(items, columns)
}

function provenanceColumns<Row>(i18n: I18n, { sourceDate, url }: CsvProvenance): CsvColumn<Row>[] {
  const asOf = formatDate(sourceDate, i18n.locale)
  return [
    { header: i18n.t('export.column.asOf'), cell: () => asOf },
    { header: i18n.t('export.column.view'), cell: () => url },
  ]
}
