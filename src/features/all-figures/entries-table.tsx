import type { MessageKey } from '@/i18n/en'
import { formatFigure } from '@/i18n/format'
import { punctuation, useI18n, type I18n } from '@/i18n/i18n'
import { Pager } from '@/ui/pager'
import { ScrollRegion } from '@/ui/scroll-region'
import { withFilter, type SetView } from '@/view-state/use-view-state'
import { ViewLink } from '@/view-state/view-link'
import type { SortColumn } from '@/view-state/view'
import { CopyFigureButton } from '@/charts/copy-figure-button'
import { KindSwatch } from '@/charts/kind-swatch'
import { useTablePage } from '@/charts/use-table-page'
import { entryView, nextSort, parseSort, type Entry } from '@/features/all-figures/select-all-figures'

const columns: [SortColumn, MessageKey][] = [
  ['label', 'table.figure'],
  ['value', 'table.value'],
  ['kind', 'table.kind'],
  ['period', 'table.period'],
  ['region', 'table.region'],
  ['speaker', 'export.column.speaker'],
  ['tab', 'allFigures.tab'],
  ['notes', 'allFigures.notes'],
]

type EntriesTableProps = {
  title: string
  /** The first column's heading: what a row is. */
  rowHeader: MessageKey
  rows: Entry[]
  sort: string | null
  setView: SetView
}

/**
 * Figures or named lists, a row each, under headings that sort the table (the sort is the view's,
 * shared by both tables). A row's label opens it in its tab with its source; Copy takes it away
 * with its source.
 */
export function EntriesTable({ title, rowHeader, rows, sort, setView }: EntriesTableProps) {
  const i18n = useI18n()
  const { pageRows, pager } = useTablePage(rows)
  const sorted = parseSort(sort)
  return (
    // Not a landmark: its scroll region, named by the same title, is the one.
    <div className="flex flex-col gap-2">
      <h3 className="text-xl font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{i18n.t('allFigures.none')}</p>
      ) : (
        <>
          <ScrollRegion label={title}>
            <table className="w-full min-w-3xl border-collapse text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-line">
                  {columns.map(([column, header]) => {
                    const isSorted = sorted?.column === column
                    return (
                      <th
                        key={column}
                        scope="col"
                        aria-sort={isSorted ? (sorted.isDescending ? 'descending' : 'ascending') : undefined}
                        className="px-2 py-1 align-bottom"
                      >
                        <button
                          type="button"
                          onClick={() =>
                            setView((view) => withFilter(view, 'sort', nextSort(view.filters.sort, column)))
                          }
                          className="inline-flex min-h-8 cursor-pointer items-center gap-1 text-left font-semibold whitespace-nowrap"
                        >
                          {i18n.t(column === 'label' ? rowHeader : header)}
                          <span aria-hidden="true" className={isSorted ? 'text-accent' : 'text-ink-muted'}>
                            {isSorted ? (sorted.isDescending ? '▼' : '▲') : '↕'}
                          </span>
                        </button>
                      </th>
                    )
                  })}
                  <th scope="col" className="sr-only">
                    {i18n.t('copyFigure.labelLong')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pageRows.map((entry) => (
                  <EntryRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager {...pager} />
        </>
      )}
    </div>
  )
}

const NONE = '—'

/** A figure's value as worded, or a list's items as named. */
function valueText(entry: Entry, i18n: I18n): string {
  if (entry.type === 'fact') return formatFigure(entry.row, i18n.locale)
  const { list } = entry.row
  const { colon, list: comma } = punctuation[i18n.locale]
  const named = i18n.t('clusters.matrix.named', { count: list.items.length })
  const items = list.items.map((item) => i18n.local(item.label)).join(comma)
  return `${named}${list.isOpenEnded ? `${comma}${i18n.t('clusters.openEnded')}` : ''}${colon}${items}`
}

function EntryRow({ entry }: { entry: Entry }) {
  const i18n = useI18n()
  const to = (view: Parameters<typeof entryView>[0]) => entryView(view, entry)
  return (
    <tr className="border-b border-line-soft align-top">
      <th scope="row" className="px-2 py-2 font-medium">
        <ViewLink to={to} className="text-accent underline underline-offset-2">
          {i18n.local(entry.label)}
        </ViewLink>
      </th>
      <td className="px-2 py-2 tabular-nums">{valueText(entry, i18n)}</td>
      <td className="px-2 py-2 whitespace-nowrap">
        <span className="inline-flex items-center gap-1.5">
          <KindSwatch kind={entry.kind} />
          {i18n.t(`kind.${entry.kind}`)}
        </span>
      </td>
      <td className="px-2 py-2">{entry.type === 'fact' ? i18n.local(entry.row.period) : NONE}</td>
      <td className="px-2 py-2">{i18n.local(entry.region)}</td>
      <td className="px-2 py-2">{entry.who ? i18n.name(entry.who) : NONE}</td>
      <td className="px-2 py-2">{i18n.t(`tab.${entry.tab}`)}</td>
      <td className="px-2 py-2">{entry.notes.map((note) => i18n.local(note.title)).join('; ') || NONE}</td>
      <td className="px-2 py-2 whitespace-nowrap">
        <CopyFigureButton
          size="inline"
          variant="ghost"
          target={
            entry.type === 'fact' ? { kind: 'fact', row: entry.row, inputs: [] } : { kind: 'list', row: entry.row }
          }
          to={to}
        />
      </td>
    </tr>
  )
}
