import type { Dataset } from '@/data/schema'
import { emptyFilters } from '@/view-state/view'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { ChartFrame } from '@/charts/chart-frame'
import { OneOfFilter, TabFilters } from '@/charts/tab-filters'
import { TabIntro } from '@/charts/tab-intro'
import { CountBarChart, type CountRow, type CountSeries } from '@/charts/count-bar-chart'
import { CountTable } from '@/charts/lazy-tables'
import { seriesColors } from '@/charts/kind-style'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import type { TabProps } from '@/view-state/tab-props'
import { ChoiceGroup } from '@/ui/choice-group'
import { withFilter } from '@/view-state/use-view-state'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { financeCategories } from '@/view-state/view'
import { selectFinance } from '@/features/finance/select-finance'
import { ProposalList } from '@/features/finance/proposal-list'

/**
 * What the tab selects at its defaults, in steps the caller runs as separate tasks, ahead of drawing
 * it (see TabContent): caches the tab then reads.
 */
export const prepareFinanceTab: ((data: Dataset) => unknown)[] = [(data) => selectFinance(data, emptyFilters)]

export function FinanceTab({ data, view, setView }: TabProps) {
  const i18n = useI18nOnDemand()
  const { filters } = view
  const finance = selectFinance(data, filters)
  const series: CountSeries[] = financeCategories
    .map((category, index) => ({
      key: category,
      label: i18n.t(`category.${category}`),
      color: seriesColors[index % seriesColors.length] ?? seriesColors[0],
    }))
    .filter((series) => filters.category.length === 0 || filters.category.includes(series.key))
  const rows: CountRow[] = finance.proposals
    .map((proposal) => ({
      key: proposal.id,
      label: i18n.local(proposal.label),
      counts: proposal.counts,
      total: proposal.counts.centre + proposal.counts.platform,
    }))
    .filter((row) => row.total > 0)
  const title = i18n.t('finance.items.title')

  return (
    <div className="flex flex-col gap-6">
      {hasIntro(view) && (
        <TabIntro id="finance-title" title={i18n.t('finance.title')}>
          <p className="max-w-3xl">{i18n.t('finance.intro')}</p>
        </TabIntro>
      )}

      {hasControls(view) && (
        <TabFilters view={view} setView={setView} shown={finance.shown} total={finance.total}>
          <OneOfFilter
            view={view}
            setView={setView}
            filter="proposal"
            legend={i18n.t('filter.proposal')}
            options={finance.proposalChoices.map((item) => ({
              id: item.id,
              label: i18n.local(item.label),
              count: finance.proposalCounts.get(item.id) ?? 0,
            }))}
          />
          <ChoiceGroup
            multiple
            legend={i18n.t('filter.category')}
            value={filters.category}
            onChange={(category) => setView((v) => withFilter(v, 'category', category))}
            choices={financeCategories.map((category) => ({
              value: category,
              label: i18n.t(`category.${category}`),
              count: finance.categoryCounts.get(category) ?? 0,
            }))}
          />
        </TabFilters>
      )}

      {isChartShown(view, 'items') && (
        <ChartFrame
          title={title}
          question={i18n.t('finance.items.question')}
          unitLabel={i18n.t('unit.count')}
          display={view.display}
          isEmpty={rows.length === 0}
          chart={<CountBarChart rows={rows} series={series} seriesName={i18n.t('filter.category')} title={title} />}
          table={<CountTable rows={rows} series={series} caption={title} categoryLabel={i18n.t('filter.proposal')} />}
          summary={(write, complete) => write.summarizeCounts(title, rows, complete)}
          citations={finance.citations}
          sourceDate={data.meta.event.date}
          download={{
            chart: 'items',
            data: {
              kind: 'counts',
              rows,
              series,
              categoryLabel: i18n.t('filter.proposal'),
              seriesLabel: i18n.t('filter.category'),
              listsOf: (proposal, category) =>
                finance.proposals.find((p) => p.id === proposal)?.lists.filter((l) => l.list.category === category) ??
                [],
            },
          }}
        />
      )}

      {view.chart === null && finance.figures.length > 0 && <FigureCardGrid rows={finance.figures} columns={3} />}

      {isChartShown(view, 'proposals') && (
        <ProposalList proposals={finance.proposals} regionIds={new Set(data.regions.map((region) => region.id))} />
      )}
    </div>
  )
}
