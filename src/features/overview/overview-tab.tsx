import { formatDate, formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { FigureBarChart } from '@/charts/figure-bar-chart'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import { DataNotes } from '@/charts/data-notes'
import { FigureTable } from '@/charts/lazy-tables'
import { SafeLink } from '@/charts/safe-link'
import { summarizeFigures } from '@/charts/summarize'
import { KindFilter, OneOfFilter, TabFilters } from '@/charts/tab-filters'
import { TabIntro } from '@/charts/tab-intro'
import { Button } from '@/ui/button'
import { EmptyState } from '@/ui/empty-state'
import type { TabProps } from '@/view-state/tab-props'
import { useOpenSource } from '@/view-state/use-open-source'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { selectOverview, selectTradeGrowth } from '@/features/overview/select-overview'
import { SpeakerList } from '@/features/overview/speaker-list'
import { HydrateLater } from '@/app/hydrate-later'

export function OverviewTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const { filters } = view
  const overview = selectOverview(data, filters)
  const growth = selectTradeGrowth(data)
  const baseline = overview.trade.find((row) => row.kind === 'context')
  const mainGrowth = growth.at(-1)
  const tradeLead =
    baseline && mainGrowth
      ? i18n.t('summary.trade', {
          baseline: formatFigure(baseline, i18n.locale),
          target: formatFigure(mainGrowth.target, i18n.locale),
          growth: formatFigure(mainGrowth.change, i18n.locale),
        })
      : null
  const openSource = useOpenSource()
  const date = formatDate(data.meta.event.date, i18n.locale)
  const tradeTitle = i18n.t('overview.trade.title')
  const labelOf = (row: (typeof overview.trade)[number]) =>
    i18n.t('label.withPeriod', { label: i18n.local(row.label), period: i18n.local(row.period) })

  return (
    <div className="flex flex-col gap-6">
      <HydrateLater>
        {hasIntro(view) && (
          <TabIntro id="overview-title" title={i18n.t('overview.title')}>
            <p className="max-w-3xl">{i18n.t('overview.intro', { date })}</p>
            <p className="text-sm text-ink-muted">
              {i18n.t('source.article', {
                title: data.meta.article.title,
                publisher: data.meta.article.publisher,
                date: formatDate(data.meta.article.date, i18n.locale),
              })}{' '}
              <SafeLink href={data.meta.article.url}>{i18n.t('source.openPage')}</SafeLink>
            </p>
          </TabIntro>
        )}
      </HydrateLater>

      <HydrateLater>
        {hasControls(view) && (
          <TabFilters view={view} setView={setView} shown={overview.shown} total={overview.total}>
            <KindFilter view={view} setView={setView} counts={overview.kindCounts} />
            <OneOfFilter
              view={view}
              setView={setView}
              filter="speaker"
              legend={i18n.t('filter.speaker')}
              options={data.speakers.map((speaker) => ({
                id: speaker.id,
                label: i18n.name(speaker.name),
                count: overview.speakerCounts.get(speaker.id) ?? 0,
              }))}
            />
          </TabFilters>
        )}
      </HydrateLater>

      <HydrateLater>
        {isChartShown(view, 'headlines') && (
          <section aria-labelledby="overview-headlines" className="flex flex-col gap-3">
            <h2 id="overview-headlines" className="text-xl font-semibold">
              {i18n.t('overview.headlines')}
            </h2>
            {overview.headlines.length === 0 ? (
              <EmptyState title={i18n.t('overview.headlinesEmpty')}>{i18n.t('chart.emptyHint')}</EmptyState>
            ) : (
              <FigureCardGrid rows={overview.headlines} />
            )}
            {view.mode === 'present' && (
              <DataNotes notes={[...new Set(overview.headlines.flatMap((row) => row.notes))]} isCompact />
            )}
          </section>
        )}
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
            summary={summarizeFigures(tradeTitle, overview.trade, i18n, { labelOf, lead: tradeLead })}
            citations={[...overview.trade, ...growth.flatMap((g) => (g.cagr ? [g.change, g.cagr] : [g.change]))]}
            sourceDate={data.meta.event.date}
            download={{ chart: 'trade', data: { kind: 'figures', rows: overview.trade } }}
          />

          <HydrateLater>
            {growth.length > 0 && (
              <ul className="flex flex-col gap-1 rounded-lg border border-dashed border-kind-derived bg-raised px-4 py-3">
                {growth.map(({ target, change, cagr }) => (
                  <li key={change.id} className="flex flex-wrap items-baseline gap-x-2">
                    <span>
                      {i18n.t('overview.trade.growth', {
                        target: formatFigure(target, i18n.locale),
                        growth: formatFigure(change, i18n.locale, 'short'),
                        cagr: cagr ? formatFigure(cagr, i18n.locale, 'short') : '?',
                      })}
                    </span>
                    {view.mode !== 'present' && (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => openSource(change.id)}
                        aria-label={i18n.t('source.openFor', { label: i18n.local(change.label) })}
                      >
                        {i18n.t('source.open')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </HydrateLater>
        </>
      )}

      <HydrateLater>{isChartShown(view, 'speakers') && <SpeakerList data={data} />}</HydrateLater>
    </div>
  )
}
