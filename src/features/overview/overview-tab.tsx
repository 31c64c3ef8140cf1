import { useMemo } from 'react'
import { useI18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { figureUnitWords, FigureBarChart } from '@/charts/figure-bar-chart'
import { TabPage } from '@/charts/tab-page'
import { formatDate } from '@/i18n/format'
import { FigureTable } from '@/charts/lazy-tables'
import { summarizeTrade } from '@/charts/summarize'
import { kindFilter, speakerFilter } from '@/charts/tab-filters'
import type { TabProps } from '@/view-state/tab-props'
import { isChartShown } from '@/view-state/view-shape'
import { selectOverview } from '@/features/overview/select-overview'
import { ArticleSource, TradeGrowthList } from '@/features/overview/overview-parts'
import { SpeakerList } from '@/features/overview/speaker-list'

export function OverviewTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const overview = useMemo(() => selectOverview(data, view.filters), [data, view.filters])
  const tradeTitle = i18n.t('overview.trade.title')
  const labelOf = (row: (typeof overview.trade)[number]) =>
    i18n.t('label.withPeriod', { label: i18n.local(row.label), period: i18n.local(row.period) })
  const gapOf = new Map(overview.growth.flatMap((g) => (g.gap ? [[g.target.id, g.gap]] : [])))

  return (
    <TabPage
      data={data}
      view={view}
      setView={setView}
      id="overview-title"
      title={i18n.t('overview.title')}
      lead={i18n.t('overview.intro', { date: formatDate(data.meta.event.date, i18n.locale) })}
      headlines={overview.headlines}
      headlinesTitle={i18n.t('overview.headlines')}
      shown={overview.shown}
      total={overview.total}
      filters={[kindFilter(i18n, overview.kindCounts), speakerFilter(i18n, data.speakers, overview.speakerCounts)]}
      footer={
        <>
          {isChartShown(view, 'speakers') && <SpeakerList data={data} />}
          {view.chart === null && view.mode === 'app' && <ArticleSource data={data} />}
        </>
      }
    >
      {isChartShown(view, 'trade') && (
        <>
          <ChartFrame
            title={tradeTitle}
            question={i18n.t('overview.trade.question')}
            unitLabel={figureUnitWords(overview.trade, i18n)}
            display={view.display}
            isEmpty={overview.trade.length === 0}
            kinds={[...new Set(overview.trade.map((row) => row.kind))]}
            showQualifierKey
            chart={
              <FigureBarChart
                rows={overview.trade}
                title={tradeTitle}
                labelOf={labelOf}
                annotate={(row, scaled) => {
                  const gap = gapOf.get(row.id)
                  return gap ? i18n.t('overview.trade.gapLabel', { gap: scaled(gap) }) : null
                }}
                annotationNote={gapOf.size > 0 ? i18n.t('overview.trade.gapKey') : null}
              />
            }
            table={<FigureTable rows={overview.trade} caption={tradeTitle} />}
            summary={summarizeTrade(tradeTitle, overview.trade, overview.growth, i18n)}
            citations={[
              ...overview.trade,
              ...overview.growth.flatMap((g) => [g.change, g.cagr, g.gap].filter((row) => row !== undefined)),
            ]}
            sourceDate={data.meta.event.date}
            download={{ tab: 'overview', chart: 'trade', data: { kind: 'figures', rows: overview.trade } }}
          />
          {overview.growth.length > 0 && <TradeGrowthList view={view} growth={overview.growth} />}
        </>
      )}
    </TabPage>
  )
}
