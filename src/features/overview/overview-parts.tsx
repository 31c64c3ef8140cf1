import type { Dataset } from '@/data/schema'
import { formatDate, formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { SafeLink } from '@/charts/safe-link'
import { Button } from '@/ui/button'
import { useOpenSource } from '@/view-state/use-open-source'
import type { View } from '@/view-state/view'
import type { TradeGrowth } from '@/features/overview/select-overview'

// The Overview's parts around its headline figures and its trade chart (overview-tab.tsx).

/** The article the figures come from, with a link to it. */
export function ArticleSource({ data }: { data: Dataset }) {
  const i18n = useI18n()
  const { article } = data.meta
  return (
    <section aria-labelledby="overview-article" className="flex flex-col gap-1">
      <h2 id="overview-article" className="text-xl font-semibold">
        {i18n.t('overview.article')}
      </h2>
      <p className="text-sm text-ink-muted">
        {i18n.t('source.article', {
          title: article.title,
          publisher: article.publisher,
          date: formatDate(article.date, i18n.locale),
        })}{' '}
        <SafeLink href={article.url}>{i18n.t('source.openPage')}</SafeLink>
      </p>
    </section>
  )
}

/** Below the trade chart: what each target asks, in yuan and in percent, derived, with its source. */
export function TradeGrowthList({ view, growth }: { view: View; growth: TradeGrowth[] }) {
  const i18n = useI18n()
  const openSource = useOpenSource()
  const words = (row: TradeGrowth['gap']) => (row ? formatFigure(row, i18n.locale) : '?')
  return (
    <ul className="flex flex-col gap-1 rounded-lg border border-dashed border-kind-derived bg-raised px-4 py-3">
      {growth.map(({ target, change, cagr, gap }) => (
        <li key={change.id} className="flex flex-wrap items-baseline gap-x-2">
          <span>
            {i18n.t('overview.trade.growth', {
              target: formatFigure(target, i18n.locale),
              gap: words(gap),
              growth: words(change),
              cagr: words(cagr),
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
