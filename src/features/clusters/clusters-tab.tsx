import { useMemo } from 'react'
import { useI18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import { StatementCard } from '@/charts/statement-card'
import { kindFilter, regionFilter } from '@/charts/tab-filters'
import { TabPage } from '@/charts/tab-page'
import type { TabProps } from '@/view-state/tab-props'
import { isChartShown } from '@/view-state/view-shape'
import { selectClusters } from '@/features/clusters/select-clusters'
import { IndustryMatrix, summarizeMatrix } from '@/features/clusters/industry-matrix'
import { NamedLists } from '@/features/clusters/named-lists'

export function ClustersTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const clusters = useMemo(() => selectClusters(data, view.filters), [data, view.filters])
  const matrixTitle = i18n.t('clusters.matrix.title')
  const matrix = <IndustryMatrix columns={clusters.columns} industries={clusters.industries} caption={matrixTitle} />

  return (
    <TabPage
      data={data}
      view={view}
      setView={setView}
      id="clusters-title"
      title={i18n.t('clusters.title')}
      lead={i18n.t('clusters.intro')}
      headlines={clusters.headlines}
      headlinesTitle={i18n.t('clusters.headlines')}
      shown={clusters.shown}
      total={clusters.total}
      filters={[
        regionFilter(i18n, clusters.regions, clusters.regionCounts),
        {
          key: 'tier',
          legend: i18n.t('filter.tier'),
          options: clusters.tiersPresent.map((tier) => ({
            id: tier,
            label: i18n.t(`tier.${tier}`),
            count: clusters.tierCounts.get(tier) ?? 0,
          })),
        },
        kindFilter(i18n, clusters.kindCounts),
      ]}
    >
      {isChartShown(view, 'matrix') && (
        <ChartFrame
          title={matrixTitle}
          question={i18n.t('clusters.matrix.question')}
          display={view.display}
          isEmpty={clusters.industries.length === 0}
          kinds={[...new Set(clusters.columns.map((column) => column.list.kind))]}
          chart={matrix}
          table={matrix}
          summary={summarizeMatrix(matrixTitle, clusters, i18n)}
          citations={clusters.columns}
          sourceDate={data.meta.event.date}
          download={{ tab: 'clusters', chart: 'matrix', data: { kind: 'lists', rows: clusters.columns } }}
        />
      )}

      {isChartShown(view, 'zone-figures') && clusters.facts.length + clusters.statements.length > 0 && (
        <section aria-labelledby="clusters-figures" className="flex flex-col gap-3">
          <h2 id="clusters-figures" className="text-xl font-semibold">
            {i18n.t('clusters.otherFigures')}
          </h2>
          {clusters.statements.length > 0 && (
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {clusters.statements.map((row) => (
                <StatementCard key={row.id} row={row} />
              ))}
            </div>
          )}
          <FigureCardGrid rows={clusters.facts} />
        </section>
      )}

      {isChartShown(view, 'lists') && <NamedLists rows={clusters.lists} />}
    </TabPage>
  )
}
