import type { Dataset } from '@/data/schema'
import { emptyFilters } from '@/view-state/view'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { ChartFrame } from '@/charts/chart-frame'
import { KindFilter, OneOfFilter, TabFilters } from '@/charts/tab-filters'
import { TabIntro } from '@/charts/tab-intro'
import { CountBarChart, type CountRow, type CountSeries } from '@/charts/count-bar-chart'
import { CountTable } from '@/charts/lazy-tables'
import { seriesColors } from '@/charts/kind-style'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import type { TabProps } from '@/view-state/tab-props'
import { ChoiceGroup } from '@/ui/choice-group'
import { withFilter } from '@/view-state/use-view-state'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { selectClusters, selectClustersScope, type AreaCounts } from '@/features/clusters/select-clusters'
import { NamedLists } from '@/features/clusters/named-lists'

/**
 * What the tab selects at its defaults, in steps the caller runs as separate tasks, ahead of drawing
 * it (see TabContent): caches the tab then reads.
 */
export const prepareClustersTab: ((data: Dataset) => unknown)[] = [
  (data) => selectClustersScope(data),
  (data) => selectClusters(data, emptyFilters),
]

export function ClustersTab({ data, view, setView }: TabProps) {
  const i18n = useI18nOnDemand()
  const { filters } = view
  const clusters = selectClusters(data, filters)
  // Colours follow the area through every filter: they are assigned over all areas, then thinned.
  const series: CountSeries[] = clusters.regions
    .map((region, index) => ({
      key: region.id,
      label: i18n.local(region.label),
      color: seriesColors[index % seriesColors.length] ?? seriesColors[0],
    }))
    .filter((region) => clusters.lists.some((row) => row.list.region === region.key))
  const byTier = toCountRows(clusters.byTier, (entry) =>
    i18n.t(entry.key === 'none' ? 'tier.none' : `tier.${entry.key}`),
  )
  const recurring = toCountRows(clusters.recurring, (entry) => (entry.label ? i18n.local(entry.label) : entry.key))
  const byTierTitle = i18n.t('clusters.byTier.title')
  const recurringTitle = i18n.t('clusters.recurring.title')

  return (
    <div className="flex flex-col gap-6">
      {hasIntro(view) && (
        <TabIntro id="clusters-title" title={i18n.t('clusters.title')}>
          <p className="max-w-3xl">{i18n.t('clusters.intro')}</p>
        </TabIntro>
      )}

      {hasControls(view) && (
        <TabFilters view={view} setView={setView} shown={clusters.shown} total={clusters.total}>
          <OneOfFilter
            view={view}
            setView={setView}
            filter="region"
            legend={i18n.t('filter.region')}
            options={clusters.regions.map((region) => ({
              id: region.id,
              label: i18n.local(region.label),
              count: clusters.regionCounts.get(region.id) ?? 0,
            }))}
          />
          <ChoiceGroup
            multiple
            legend={i18n.t('filter.tier')}
            value={filters.tier}
            onChange={(tier) => setView((v) => withFilter(v, 'tier', tier))}
            choices={clusters.tiersPresent.map((tier) => ({
              value: tier,
              label: i18n.t(`tier.${tier}`),
              count: clusters.tierCounts.get(tier) ?? 0,
            }))}
          />
          <KindFilter view={view} setView={setView} counts={clusters.kindCounts} />
        </TabFilters>
      )}

      <div className={view.chart === null ? 'grid grid-cols-1 gap-6 xl:grid-cols-2' : 'grid grid-cols-1 gap-6'}>
        {isChartShown(view, 'by-tier') && (
          <ChartFrame
            title={byTierTitle}
            question={i18n.t('clusters.byTier.question')}
            unitLabel={i18n.t('unit.count')}
            display={view.display}
            isEmpty={byTier.length === 0}
            chart={
              <CountBarChart rows={byTier} series={series} seriesName={i18n.t('filter.region')} title={byTierTitle} />
            }
            table={
              <CountTable rows={byTier} series={series} caption={byTierTitle} categoryLabel={i18n.t('filter.tier')} />
            }
            summary={(write, complete) => write.summarizeCounts(byTierTitle, byTier, complete)}
            citations={clusters.lists}
            sourceDate={data.meta.event.date}
            download={{
              chart: 'by-tier',
              data: {
                kind: 'counts',
                rows: byTier,
                series,
                categoryLabel: i18n.t('filter.tier'),
                seriesLabel: null,
                // The chart counts the items of cluster and field lists only.
                listsOf: (tier, region) =>
                  clusters.lists.filter(
                    (l) =>
                      (l.list.category === 'cluster' || l.list.category === 'field') &&
                      (l.list.tier ?? 'none') === tier &&
                      l.list.region === region,
                  ),
              },
            }}
          />
        )}
        {isChartShown(view, 'recurring') && (
          <ChartFrame
            title={recurringTitle}
            question={i18n.t('clusters.recurring.question')}
            unitLabel={i18n.t('unit.count')}
            display={view.display}
            isEmpty={recurring.length === 0}
            chart={
              <CountBarChart
                rows={recurring}
                series={series}
                seriesName={i18n.t('filter.region')}
                title={recurringTitle}
              />
            }
            table={
              <CountTable
                rows={recurring}
                series={series}
                caption={recurringTitle}
                categoryLabel={i18n.t('table.item')}
              />
            }
            summary={(write, complete) => write.summarizeCounts(recurringTitle, recurring, complete)}
            citations={clusters.lists.filter((row) =>
              row.list.items.some((item) => recurring.some((r) => r.key === item.id)),
            )}
            sourceDate={data.meta.event.date}
            download={{
              chart: 'recurring',
              data: {
                kind: 'counts',
                rows: recurring,
                series,
                categoryLabel: i18n.t('table.item'),
                seriesLabel: null,
                listsOf: (item, region) =>
                  clusters.lists.filter(
                    (l) =>
                      (l.list.category === 'cluster' || l.list.category === 'field') &&
                      l.list.region === region &&
                      l.list.items.some((i) => i.id === item),
                  ),
              },
            }}
          />
        )}
      </div>

      {isChartShown(view, 'zone-figures') && clusters.facts.length > 0 && (
        <section aria-labelledby="clusters-figures" className="flex flex-col gap-3">
          <h2 id="clusters-figures" className="text-xl font-semibold">
            {i18n.t('clusters.zoneFigures')}
          </h2>
          <FigureCardGrid rows={clusters.facts} />
        </section>
      )}

      {isChartShown(view, 'lists') && <NamedLists rows={clusters.lists} />}
    </div>
  )
}

function toCountRows<K extends string>(
  entries: AreaCounts<K>[],
  labelOf: (entry: AreaCounts<K>) => string,
): CountRow[] {
  return entries.map((entry) => ({ key: entry.key, label: labelOf(entry), counts: entry.byRegion, total: entry.total }))
}
