import type { Dataset } from '@/data/schema'
import { formatDate, formatFigure } from '@/i18n/format'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { DataNotes } from '@/charts/data-notes'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import { SafeLink } from '@/charts/safe-link'
import { KindFilter, OneOfFilter, TabFilters } from '@/charts/tab-filters'
import { TabIntro } from '@/charts/tab-intro'
import { Button } from '@/ui/button'
import { EmptyState } from '@/ui/empty-state'
import type { TabProps } from '@/view-state/tab-props'
import { useOpenSource } from '@/view-state/use-open-source'
import type { View } from '@/view-state/view'
import type { selectOverview, selectTradeGrowth } from '@/features/overview/select-overview'

// The Overview around its chart (overview-tab.tsx): these load after the first chart is drawn.

type Overview = ReturnType<typeof selectOverview>
type TradeGrowth = ReturnType<typeof selectTradeGrowth>

/** What the conference was, and the article the figures come from. */
export function OverviewIntro({ data }: { data: Dataset }) {
  const i18n = useI18nOnDemand()
  const { article, event } = data.meta
  return (
    <TabIntro id="overview-title" title={i18n.t('overview.title')}>
      <p className="max-w-3xl">{i18n.t('overview.intro', { date: formatDate(event.date, i18n.locale) })}</p>
      <p className="text-sm text-ink-muted">
        {i18n.t('source.article', {
          title: article.title,
          publisher: article.publisher,
          date: formatDate(article.date, i18n.locale),
        })}{' '}
        <SafeLink href={article.url}>{i18n.t('source.openPage')}</SafeLink>
      </p>
    </TabIntro>
  )
}

/** Filters by kind and by speaker, with how many figures each leaves. */
export function OverviewFilters({ data, view, setView, overview }: TabProps & { overview: Overview }) {
  const i18n = useI18nOnDemand()
  return (
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
  )
}

/** The headline figures as cards; on a slide, with their notes. */
export function OverviewHeadlines({ view, overview }: { view: View; overview: Overview }) {
  const i18n = useI18nOnDemand()
  return (
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
  )
}

/** Below the trade chart: the growth each target implies, derived, with its source. */
export function TradeGrowthList({ view, growth }: { view: View; growth: TradeGrowth }) {
  const i18n = useI18nOnDemand()
  const openSource = useOpenSource()
  return (
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
  )
}
