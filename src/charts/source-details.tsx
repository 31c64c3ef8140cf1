import type { FigureSource } from '@/data/select-figures'
import { useI18n } from '@/i18n/i18n'
import { SafeLink } from '@/charts/safe-link'

/** Who said a figure, in their words; or where an outside figure is from; or how a derived one is computed. */
export function SourceDetails({ source }: { source: FigureSource }) {
  const i18n = useI18n()
  switch (source.kind) {
    case 'stated':
      return (
        <>
          <blockquote className="border-l-3 border-line-soft pl-3 italic" lang="en">
            “{source.quote}”
          </blockquote>
          <p className="mt-1 text-sm text-ink-muted">
            —{' '}
            {i18n.t('source.said', { speaker: i18n.name(source.speaker.name), role: i18n.local(source.speaker.role) })}
          </p>
        </>
      )
    case 'context':
      return (
        <>
          <blockquote className="border-l-3 border-line-soft pl-3 italic">“{source.quote}”</blockquote>
          <p className="mt-1 text-sm text-ink-muted">
            — {i18n.local(source.publisher)} ({i18n.t('kind.context.hint')}):{' '}
            <SafeLink href={source.url}>{i18n.t('source.openPage')}</SafeLink>
          </p>
        </>
      )
    case 'article':
      return (
        <>
          <blockquote className="border-l-3 border-line-soft pl-3 italic" lang="en">
            “{source.quote}”
          </blockquote>
          <p className="mt-1 text-sm text-ink-muted">— {i18n.t('source.byArticle')}</p>
        </>
      )
    case 'derived':
      return (
        <p className="text-sm">
          {i18n.t('source.derived', { formula: i18n.local(source.formula) })}
          <span className="text-ink-muted"> ({source.inputs.map((input) => i18n.local(input.label)).join(' · ')})</span>
        </p>
      )
  }
}

/** One list's quote, behind a disclosure: the source one click away without crowding the card. */
export function QuoteDisclosure({ source }: { source: FigureSource }) {
  const i18n = useI18n()
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium text-accent">{i18n.plural('chart.quotes', 1)}</summary>
      <div className="mt-2">
        <SourceDetails source={source} />
      </div>
    </details>
  )
}
