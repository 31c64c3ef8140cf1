import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { KindSwatch } from '@/charts/kind-swatch'
import { SourceDetails } from '@/charts/source-details'
import { DataNotes } from '@/charts/data-notes'
import { sourceText } from '@/charts/figure-table'

/** A headline figure: the value as worded, what it measures, who said it, and its quote one click away. */
export function FigureCard({ row }: { row: FigureRow }) {
  const i18n = useI18n()
  return (
    <article className="flex min-w-0 flex-col gap-2 rounded-lg border border-line-soft bg-raised p-4">
      <h3 className="text-sm font-medium text-ink-muted">{i18n.local(row.label)}</h3>
      <p className="text-2xl font-bold leading-tight tabular-nums text-ink sm:text-3xl">{formatFigure(row, i18n.locale)}</p>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1.5">
          <KindSwatch kind={row.kind} />
          {i18n.t(`kind.${row.kind}`)}
        </span>
        <span className="text-ink-muted">
          {i18n.local(row.period)} · {i18n.local(row.region)}
        </span>
      </p>
      <p className="text-sm text-ink-muted">{sourceText(row, i18n)}</p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-accent">{i18n.t('overview.cardSource')}</summary>
        <div className="mt-2">
          <SourceDetails source={row.source} />
        </div>
      </details>
      <DataNotes notes={row.notes} />
    </article>
  )
}
