import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { Pager } from '@/ui/pager'
import { ScrollRegion } from '@/ui/scroll-region'
import { useTablePage } from '@/charts/use-table-page'
import { useI18n } from '@/i18n/i18n'
import { sourceText } from '@/charts/source-text'
import { KindSwatch } from '@/charts/kind-swatch'
import { useOpenSource } from '@/view-state/use-open-source'
import { CopyFigureButton } from '@/charts/copy-figure-button'
import { useChartScale } from '@/charts/chart-scale'

/**
 * The same figures as the chart, as a table: every value written out with its qualifier and source,
 * and a copy of each with its source.
 */
export function FigureTable({ rows, caption }: { rows: FigureRow[]; caption: string }) {
  const i18n = useI18n()
  const { pageRows, pager } = useTablePage(rows)
  const openSource = useOpenSource()
  // A slide is for showing; copying is for the page.
  const hasCopy = !useChartScale().isProjected
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-line">
              {(
                ['table.figure', 'table.value', 'table.kind', 'table.period', 'table.region', 'table.source'] as const
              ).map((key) => (
                <th key={key} scope="col" className="px-2 py-2 font-semibold">
                  {i18n.t(key)}
                </th>
              ))}
              {hasCopy && (
                <th scope="col" className="sr-only">
                  {i18n.t('copyFigure.labelLong')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) => (
              <tr key={row.id} className="border-b border-line-soft align-top">
                <th scope="row" className="px-2 py-2 font-medium">
                  <button
                    type="button"
                    className="cursor-pointer text-left text-accent underline underline-offset-2"
                    onClick={() => openSource(row.id)}
                    aria-label={i18n.t('source.openFor', { label: i18n.local(row.label) })}
                  >
                    {i18n.local(row.label)}
                  </button>
                </th>
                <td className="px-2 py-2 tabular-nums">{formatFigure(row, i18n.locale)}</td>
                <td className="px-2 py-2">
                  <span className="inline-flex items-center gap-1.5">
                    <KindSwatch kind={row.kind} />
                    {i18n.t(`kind.${row.kind}`)}
                  </span>
                </td>
                <td className="px-2 py-2">{i18n.local(row.period)}</td>
                <td className="px-2 py-2">{i18n.local(row.region)}</td>
                <td className="px-2 py-2">{sourceText(row, i18n)}</td>
                {hasCopy && (
                  <td className="px-2 py-2 whitespace-nowrap">
                    <CopyFigureButton
                      size="inline"
                      variant="ghost"
                      target={{ kind: 'fact', row, inputs: [] }}
                      to={(view) => ({ ...view, source: row.id })}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager {...pager} />
    </>
  )
}
