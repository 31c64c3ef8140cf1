import type { LocalText } from '@/data/schema'
import type { MessageKey } from '@/i18n/en'
import { formatDate, formatFigure, formatQualifier } from '@/i18n/format'
import type { I18n } from '@/i18n/i18n'
import { sourceText } from '@/charts/source-text'
import { quoteOf } from '@/charts/export/csv-rows'
import { toCsv, type CsvColumn } from '@/charts/export/to-csv'
import type { FactEntry } from '@/features/all-figures/select-all-figures'

/**
 * Every figure of the dataset as CSV, one row each, whatever the view's filters (to-csv.ts: UTF-8
 * with a byte-order mark, RFC 4180, formula-safe). Texts the dataset has in both languages get a
 * column each; the rest, and the headings, are in the reader's language.
 */
export function toDatasetCsv(
  facts: FactEntry[],
  i18n: I18n,
  { asOf, urlOf }: { asOf: string; urlOf: (entry: FactEntry) => string },
): string {
  const inBoth = (header: MessageKey, text: (entry: FactEntry) => LocalText): CsvColumn<FactEntry>[] =>
    (['en', 'zh'] as const).map((locale) => ({
      header: i18n.t(`allFigures.csv.${locale}`, { column: i18n.t(header) }),
      cell: (entry) => text(entry)[locale],
    }))
  const column = (header: MessageKey, cell: CsvColumn<FactEntry>['cell']) => ({ header: i18n.t(header), cell })
  const dataAsOf = formatDate(asOf, i18n.locale)
  return toCsv(facts, [
    column('allFigures.csv.id', (entry) => entry.id),
    ...inBoth('table.figure', (entry) => entry.label),
    column('export.column.qualifier', ({ row }) => row.qualifier && formatQualifier(row.qualifier, i18n.locale)),
    column('table.value', ({ row }) => row.value),
    column('export.column.unit', ({ row }) => i18n.t(`unit.${row.unit}`)),
    ...inBoth('export.column.asWorded', ({ row }) => ({ en: formatFigure(row, 'en'), zh: formatFigure(row, 'zh') })),
    column('table.kind', (entry) => i18n.t(`kind.${entry.kind}`)),
    ...inBoth('table.period', ({ row }) => row.period),
    ...inBoth('table.region', (entry) => entry.region),
    column('export.column.speaker', ({ row }) => sourceText(row, i18n)),
    column('filter.topic', (entry) => i18n.t(`topic.${entry.topic}`)),
    column('allFigures.tab', (entry) => i18n.t(`tab.${entry.tab}`)),
    column('allFigures.notes', (entry) => entry.notes.map((note) => i18n.local(note.title)).join('; ')),
    column('export.column.quote', ({ row }) => quoteOf(row, i18n)),
    column('export.column.asOf', () => dataAsOf),
    column('allFigures.csv.link', urlOf),
  ])
}
