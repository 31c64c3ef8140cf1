import type { FigureRow } from '@/data/select-figures'
import type { ListRow } from '@/data/select-lists'
import { formatDate, formatFigure, formatQualifier } from '@/i18n/format'
import type { CompleteI18n } from '@/i18n/i18n'
import type { CountRow, CountSeries } from '@/charts/count-bar-chart'
import { sourceText } from '@/charts/source-text'
import type { ChartData } from '@/charts/export/chart-data'
import { toCsv, type CsvColumn } from '@/charts/export/to-csv'
import { punctuation } from '@/i18n/use-i18n-on-demand'

/** Where the rows come from; written on every row, so a row copied elsewhere keeps its date and link. */
export type CsvProvenance = { sourceDate: string; url: string }

/** The data behind a chart as CSV, headers and labels in the reader's language, values as plain numbers. */
export function chartCsv(data: ChartData, i18n: CompleteI18n, provenance: CsvProvenance): string {
  return data.kind === 'figures' ? figureCsv(data.rows, i18n, provenance) : countCsv(data, i18n, provenance)
}

function figureCsv(rows: FigureRow[], i18n: CompleteI18n, provenance: CsvProvenance): string {
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
function quoteOf(row: FigureRow, i18n: CompleteI18n): string {
  switch (row.source.kind) {
    case 'stated':
    case 'context':
      return row.source.quote
    case 'derived':
      return i18n.local(row.source.formula)
  }
}

/** One stack of a count chart: a category's items in one series, and the lists that name them. */
type CountCell = { row: CountRow; series: CountSeries; count: number; lists: ListRow[] }

function countCsv(data: Extract<ChartData, { kind: 'counts' }>, i18n: CompleteI18n, provenance: CsvProvenance): string {
  // A stack with no items is drawn as nothing and stated by no one, so it is no row either.
  const cells: CountCell[] = data.rows.flatMap((row) =>
    data.series.flatMap((series) => {
      const count = row.counts[series.key] ?? 0
      return count > 0 ? [{ row, series, count, lists: data.listsOf(row.key, series.key) }] : []
    }),
  )
  const separator = punctuation[i18n.locale].list
  const each = (cell: CountCell, text: (list: ListRow) => string) => distinct(cell.lists.map(text)).join(separator)
  const columns: CsvColumn<CountCell>[] = [
    { header: data.categoryLabel, cell: (cell) => cell.row.label },
    ...(data.seriesLabel === null ? [] : [{ header: data.seriesLabel, cell: (cell: CountCell) => cell.series.label }]),
    {
      header: i18n.t('export.column.qualifier'),
      cell: (cell) => (cell.lists.some((list) => list.list.isOpenEnded) ? i18n.t('clusters.openEnded') : ''),
    },
    { header: i18n.t('table.value'), cell: (cell) => cell.count },
    { header: i18n.t('export.column.unit'), cell: () => i18n.t('unit.count') },
    { header: i18n.t('table.period'), cell: () => '' },
    {
      header: i18n.t('table.region'),
      cell: (cell) => (data.seriesLabel === null ? cell.series.label : each(cell, (list) => i18n.local(list.region))),
    },
    { header: i18n.t('table.kind'), cell: (cell) => each(cell, (list) => i18n.t(`kind.${list.list.kind}`)) },
    { header: i18n.t('export.column.speaker'), cell: (cell) => each(cell, (list) => i18n.name(list.speaker.name)) },
    {
      header: i18n.t('export.column.quote'),
      cell: (cell) => distinct(cell.lists.map((list) => list.list.quote)).join(' | '),
    },
    ...provenanceColumns<CountCell>(i18n, provenance),
  ]
  return toCsv(cells, columns)
}

function provenanceColumns<Row>(i18n: CompleteI18n, { sourceDate, url }: CsvProvenance): CsvColumn<Row>[] {
  const asOf = formatDate(sourceDate, i18n.locale)
  return [
    { header: i18n.t('export.column.asOf'), cell: () => asOf },
    { header: i18n.t('export.column.view'), cell: () => url },
  ]
}

const distinct = (values: string[]) => [...new Set(values)]
