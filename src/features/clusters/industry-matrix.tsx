import type { ListRow } from '@/data/select-lists'
import { formatCount } from '@/i18n/format'
import { punctuation, useI18n } from '@/i18n/i18n'
import { KindSwatch } from '@/charts/kind-swatch'
import { useChartScale } from '@/charts/chart-scale'
import { useSlidePart } from '@/charts/slide-part'
import { ScrollRegion } from '@/ui/scroll-region'
import { slidePartRows } from '@/view-state/slide-parts'
import { MATRIX_ROWS_PER_SLIDE, type MatrixRow } from '@/features/clusters/select-clusters'

type MatrixProps = { columns: ListRow[]; industries: MatrixRow[]; caption: string }

/**
 * Industries against the lists that name them, as a table: a column per list, grouped by area,
 * and a dot where a list names an industry; the industries named by most lists first. On a phone,
 * each industry with the lists that name it, one under the other. On a slide, the headers say less
 * (the legend above gives the kinds' names) and the rows continue on the next slides.
 */
export function IndustryMatrix({ columns, industries: allIndustries, caption }: MatrixProps) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  const { part } = useSlidePart()
  const industries = isProjected ? slidePartRows(allIndustries, MATRIX_ROWS_PER_SLIDE, part) : allIndustries
  const cell = isProjected ? 'px-1 py-1' : 'px-2 py-1.5'
  const areas = [...new Set(columns.map((column) => column.list.region))].map((region) => ({
    region,
    columns: columns.filter((column) => column.list.region === region),
  }))
  return (
    <>
      <div className="hidden md:block">
        <ScrollRegion label={caption}>
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <td />
                {areas.map(({ region, columns: inArea }) => (
                  <th
                    key={region}
                    scope="colgroup"
                    colSpan={inArea.length}
                    className="border-b border-line px-2 pb-1 text-left font-semibold"
                  >
                    {inArea[0] && i18n.local(inArea[0].region)}
                  </th>
                ))}
                {!isProjected && <td />}
              </tr>
              <tr className="border-b border-line align-bottom">
                <th scope="col" className="px-2 py-2 text-left font-semibold">
                  {i18n.t('clusters.matrix.industry')}
                </th>
                {columns.map((column) => (
                  <th
                    key={column.id}
                    scope="col"
                    className={`${isProjected ? 'px-1' : 'min-w-24 px-2'} py-2 text-left align-bottom font-normal`}
                  >
                    <span className="block font-semibold">
                      {i18n.local(column.label)}
                      {isProjected && (
                        <>
                          {'\u00a0'}
                          <KindSwatch kind={column.list.kind} />
                          <span className="sr-only">{i18n.t(`kind.${column.list.kind}`)}</span>
                        </>
                      )}
                    </span>
                    {!isProjected && (
                      <>
                        <span className="mt-1 flex items-center gap-1 text-xs text-ink-muted">
                          <KindSwatch kind={column.list.kind} />
                          {i18n.t(`kind.${column.list.kind}`)}
                        </span>
                        <span className="block text-xs text-ink-muted">
                          {i18n.t('clusters.matrix.named', {
                            count: formatCount(column.list.items.length, i18n.locale),
                          })}
                        </span>
                      </>
                    )}
                  </th>
                ))}
                {!isProjected && (
                  <th scope="col" className="px-2 py-2 text-right font-semibold">
                    {i18n.t('clusters.matrix.lists')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {industries.map((industry) => (
                <tr key={industry.id} className="border-b border-line-soft">
                  <th scope="row" className={`${isProjected ? 'min-w-44' : 'min-w-40'} ${cell} text-left font-medium`}>
                    {i18n.local(industry.label)}
                  </th>
                  {columns.map((column) => (
                    <td key={column.id} className={`${cell} text-center`}>
                      {industry.listIds.has(column.id) && (
                        <>
                          <span aria-hidden="true" className="inline-block size-3 rounded-full bg-ink" />
                          <span className="sr-only">{i18n.t('clusters.matrix.isNamed')}</span>
                        </>
                      )}
                    </td>
                  ))}
                  {!isProjected && (
                    <td className={`${cell} text-right tabular-nums`}>
                      {formatCount(industry.listIds.size, i18n.locale)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      <ul aria-label={caption} className="flex flex-col divide-y divide-line-soft md:hidden">
        {industries.map((industry) => (
          <li key={industry.id} className="py-2">
            <p className="font-semibold">
              {i18n.local(industry.label)}{' '}
              <span className="font-normal text-ink-muted">
                {i18n.plural('clusters.matrix.namedIn', industry.listIds.size)}
              </span>
            </p>
            <p className="text-sm">
              {columns
                .filter((column) => industry.listIds.has(column.id))
                .map((column) => `${i18n.local(column.label)} (${i18n.local(column.region)})`)
                .join(punctuation[i18n.locale].list)}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}

/** The matrix in words: how many industries in how many lists, and those named by more than one. */
export function summarizeMatrix(
  title: string,
  { columns, industries }: Omit<MatrixProps, 'caption'>,
  i18n: ReturnType<typeof useI18n>,
): string {
  if (industries.length === 0) return i18n.t('summary.none', { title })
  const shared = industries.filter((industry) => industry.listIds.size > 1)
  const listNames = (industry: MatrixRow) =>
    columns
      .filter((column) => industry.listIds.has(column.id))
      .map((column) => `${i18n.local(column.label)} (${i18n.local(column.region)})`)
      .join(punctuation[i18n.locale].list)
  const sentences = [
    i18n.t('summary.matrix', { industries: industries.length, lists: columns.length }),
    shared.length > 0 &&
      i18n.t('summary.matrixShared', {
        items: shared
          .map((industry) =>
            i18n.t('summary.matrixItem', { industry: i18n.local(industry.label), lists: listNames(industry) }),
          )
          .join(i18n.t('summary.join')),
      }),
  ]
  return sentences.filter(Boolean).join(punctuation[i18n.locale].sentences)
}
