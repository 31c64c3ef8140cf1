import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { KindSwatch } from '@/charts/kind-swatch'
import { DataNotes } from '@/charts/data-notes'
import { sourceText } from '@/charts/source-text'
import { CardSourceButton } from '@/charts/card-source-button'
import { useChartScale } from '@/charts/chart-scale'

/** A headline figure: the value as worded, what it measures, who said it, and its quote one click away. */
export function FigureCard({ row }: { row: FigureRow }) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  const textSize = isProjected ? 'text-xs' : 'text-sm'
  const valueSize = isProjected ? 'text-xl' : 'text-2xl sm:text-3xl'
  return (
    <article className="skip-offscreen [--offscreen-height:18rem] flex min-w-0 flex-col gap-2 rounded-lg border border-line-soft bg-raised p-4">
      <h3 className={`${textSize} font-medium text-ink-muted`}>
        {i18n.local(row.label)}
        {/* On a slide the notes are listed once under the cards; the mark says which figures they concern. */}
        {isProjected && row.notes.length > 0 && <span aria-hidden="true"> †</span>}
      </h3>
      {row.original?.value === undefined ? (
        <p className={`font-bold leading-tight tabular-nums text-ink ${valueSize}`}>{formatFigure(row, i18n.locale)}</p>
      ) : (
        // Where the Chinese original gives another figure, both show, each named by its source.
        <dl className="grid grid-cols-2 gap-3">
          <div>
            <dt className={`${textSize} text-ink-muted`}>{i18n.t('figure.englishArticle')}</dt>
            <dd className={`font-bold leading-tight tabular-nums text-ink ${valueSize}`}>
              {formatFigure(row, i18n.locale)}
            </dd>
          </div>
          <div>
            <dt className={`${textSize} text-ink-muted`}>{i18n.t('figure.chineseOriginal')}</dt>
            <dd className={`font-bold leading-tight tabular-nums text-ink ${valueSize}`}>
              {formatFigure(
                { ...row, value: row.original.value, qualifier: row.original.qualifier ?? row.qualifier },
                i18n.locale,
              )}
            </dd>
          </div>
        </dl>
      )}
      <p className={`flex flex-wrap items-center gap-x-2 gap-y-1 ${textSize}`}>
        <span className="inline-flex items-center gap-1.5">
          <KindSwatch kind={row.kind} />
          {i18n.t(`kind.${row.kind}`)}
        </span>
        <span className="text-ink-muted">
          {i18n.local(row.period)}
          {!isProjected && ` · ${i18n.local(row.region)}`}
        </span>
      </p>
      {!isProjected && (
        <>
          <p className="text-sm text-ink-muted">{sourceText(row, i18n)}</p>
          <CardSourceButton id={row.id} label={row.label} />
          {/* Two figures that disagree keep their warning open. */}
          <DataNotes notes={row.notes} isOpen={row.original?.value !== undefined} />
        </>
      )}
    </article>
  )
}
