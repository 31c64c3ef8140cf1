import { useMemo } from 'react'
import { useI18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import { StatementCard } from '@/charts/statement-card'
import { kindFilter, TabFilters } from '@/charts/tab-filters'
import { TabOpening } from '@/charts/tab-opening'
import { WhereFiguresAre } from '@/charts/where-figures-are'
import { EmptyState } from '@/ui/empty-state'
import type { TabProps } from '@/view-state/tab-props'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { selectClusters } from '@/features/clusters/select-clusters'
import { IndustryMatrix, summarizeMatrix } from '@/features/clusters/industry-matrix'
import { NamedLists } from '@/features/clusters/named-lists'

export function ClustersTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const clusters = useMemo(() => selectClusters(data, view.filters), [data, view.filters])
  const matrixTitle = i18n.t('clusters.matrix.title')
  const matrix = <IndustryMatrix columns={clusters.columns} industries={clusters.industries} caption={matrixTitle} />

  return (
    <div className="flex flex-col gap-3 sm:gap-5">
      <TabOpening
        id="clusters-title"
        title={i18n.t('clusters.title')}
        lead={i18n.t('clusters.intro')}
        headlines={clusters.headlines}
        headlinesTitle={i18n.t('clusters.headlines')}
        hasIntro={hasIntro(view)}
        hasHeadlines={isChartShown(view, 'headlines')}
      />

      {hasControls(view) && (
        <TabFilters
          view={view}
          setView={setView}
          shown={clusters.shown}
          total={clusters.total}
          filters={[
            {
              key: 'region',
              legend: i18n.t('filter.region'),
              options: clusters.regions.map((region) => ({
                id: region.id,
                label: i18n.local(region.label),
                count: clusters.regionCounts.get(region.id) ?? 0,
              })),
            },
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
        />
      )}

      {clusters.shown === 0 ? (
        <EmptyState title={i18n.t('chart.empty')}>
          <WhereFiguresAre data={data} view={view} />
        </EmptyState>
      ) : (
        <>
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
        </>
      )}
    </div>
  )
}
