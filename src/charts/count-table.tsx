import { formatCount } from '@/i18n/format'
import { Pager } from '@/ui/pager'
import { ScrollRegion } from '@/ui/scroll-region'
import { useTablePage } from '@/charts/use-table-page'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import type { CountRow, CountSeries } from '@/charts/count-bar-chart'

/** A count chart's numbers as a table: one column per stack, and the total. */
export function CountTable({
  rows,
  series,
  caption,
  categoryLabel,
}: {
  rows: CountRow[]
  series: CountSeries[]
  caption: string
  categoryLabel: string
}) {
  const i18n = useI18nOnDemand()
  const { pageRows, pager } = useTablePage(rows)
  return (
    <>
      <ScrollRegion label={caption}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="px-2 py-2 font-semibold">
                {categoryLabel}
              </th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="px-2 py-2 text-right font-semibold">
                  {s.label}
                </th>
              ))}
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {i18n.t('table.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pageRows.map((row) => (
              <tr key={row.key} className="border-b border-line-soft">
                <th scope="row" className="px-2 py-2 font-medium">
                  {row.label}
                </th>
                {series.map((s) => (
                  <td key={s.key} className="px-2 py-2 text-right tabular-nums">
                    {formatCount(row.counts[s.key] ?? 0, i18n.locale)}
                  </td>
                ))}
                <td className="px-2 py-2 text-right font-semibold tabular-nums">
                  {formatCount(row.total, i18n.locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pager {...pager} />
    </>
  )
}
