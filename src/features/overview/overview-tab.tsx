import { formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { ChartFrame, type Summary } from '@/charts/chart-frame'
import { FigureBarChart } from '@/charts/figure-bar-chart'
import { FigureTable } from '@/charts/lazy-tables'
import type { TabProps } from '@/view-state/tab-props'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { selectOverview, selectTradeGrowth } from '@/features/overview/select-overview'
import { HydrateLater, laterPart } from '@/app/hydrate-later'

// Around the chart, the Overview's parts load after it is drawn (overview-parts.tsx).
const OverviewIntro = laterPart('OverviewIntro')
const OverviewFilters = laterPart('OverviewFilters')
const OverviewHeadlines = laterPart('OverviewHeadlines')
const TradeGrowthList = laterPart('TradeGrowthList')
const SpeakerList = laterPart('SpeakerList')

export function OverviewTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const { filters } = view
  const overview = selectOverview(data, filters)
  const growth = selectTradeGrowth(data)
  const baseline = overview.trade.find((row) => row.kind === 'context')
  const mainGrowth = growth.at(-1)
  const tradeSummary: Summary = (write, complete) =>
    write.summarizeFigures(tradeTitle, overview.trade, complete, {
      labelOf,
      lead:
        baseline && mainGrowth
          ? complete.t('summary.trade', {
              baseline: formatFigure(baseline, complete.locale),
              target: formatFigure(mainGrowth.target, complete.locale),
              growth: formatFigure(mainGrowth.change, complete.locale),
            })
          : null,
    })
  const tradeTitle = i18n.t('overview.trade.title')
  const labelOf = (row: (typeof overview.trade)[number]) =>
    i18n.t('label.withPeriod', { label: i18n.local(row.label), period: i18n.local(row.period) })

  return (
    <div className="flex flex-col gap-6">
      <HydrateLater>{hasIntro(view) && <OverviewIntro data={data} />}</HydrateLater>

      <HydrateLater>
        {hasControls(view) && <OverviewFilters data={data} view={view} setView={setView} overview={overview} />}
      </HydrateLater>

      <HydrateLater>
        {isChartShown(view, 'headlines') && <OverviewHeadlines view={view} overview={overview} />}
      </HydrateLater>

      {isChartShown(view, 'trade') && (
        <>
          <ChartFrame
            title={tradeTitle}
            question={i18n.t('overview.trade.question')}
            unitLabel={i18n.t('unit.yuan')}
            display={view.display}
            isEmpty={overview.trade.length === 0}
            kinds={[...new Set(overview.trade.map((row) => row.kind))]}
            showQualifierKey
            chart={<FigureBarChart rows={overview.trade} title={tradeTitle} labelOf={labelOf} />}
            table={<FigureTable rows={overview.trade} caption={tradeTitle} />}
            summary={tradeSummary}
            citations={[...overview.trade, ...growth.flatMap((g) => (g.cagr ? [g.change, g.cagr] : [g.change]))]}
            sourceDate={data.meta.event.date}
            download={{ chart: 'trade', data: { kind: 'figures', rows: overview.trade } }}
          />

          <HydrateLater>{growth.length > 0 && <TradeGrowthList view={view} growth={growth} />}</HydrateLater>
        </>
      )}

      <HydrateLater>{isChartShown(view, 'speakers') && <SpeakerList data={data} />}</HydrateLater>
    </div>
  )
}
