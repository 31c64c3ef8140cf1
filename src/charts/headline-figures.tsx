import type { FigureRow } from '@/data/select-figures'
import { figureParts } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { useOpenSource } from '@/view-state/use-open-source'
import { KindSwatch } from '@/charts/kind-swatch'
import { DataNotes } from '@/charts/data-notes'
import { useChartScale } from '@/charts/chart-scale'
import { CopyFigureButton } from '@/charts/copy-figure-button'

/**
 * A tab's answer at the top: its headline figures as large numbers with their qualifiers, what
 * each counts, its kind and period, its source one click away, a copy with its source, and its
 * data notes. Two to a row on a phone and four on a desk, so they fit the first screen of either.
 * On a slide, four to a row at any width, under a visible title larger than the figures, and
 * their data notes once, under them.
 */
export function HeadlineFigures({ id, title, rows }: { id: string; title: string; rows: FigureRow[] }) {
  const i18n = useI18n()
  const openSource = useOpenSource()
  const { isProjected } = useChartScale()
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={isProjected ? 'mb-1 text-2xl leading-snug font-semibold' : 'sr-only'}>
        {title}
      </h3>
      <ul className={`grid gap-2 ${isProjected ? 'grid-cols-4' : 'grid-cols-2 sm:gap-3 lg:grid-cols-4'}`}>
        {rows.map((row) => {
          const { qualifier, value } = figureParts(row, i18n.locale)
          return (
            <li
              key={row.id}
              className="flex min-w-0 flex-col rounded-lg border border-line-soft bg-raised p-2 sm:gap-1 sm:p-3"
            >
              <h4 className="text-xs text-ink-muted sm:text-sm">{i18n.local(row.label)}</h4>
              <p className="font-bold leading-tight tabular-nums">
                {qualifier && (
                  <span className="text-sm font-semibold sm:block">
                    {qualifier}
                    {i18n.locale === 'en' && ' '}
                  </span>
                )}
                <span className={isProjected ? 'text-xl' : 'text-base sm:text-2xl'}>{value}</span>
                {row.notes.length > 0 && (
                  <span className={isProjected ? 'text-note-ink' : 'text-note-ink sm:hidden'} aria-hidden="true">
                    {' '}
                    †
                  </span>
                )}
              </p>
              <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-ink-muted">
                <KindSwatch kind={row.kind} />
                <span>{i18n.t(`kind.${row.kind}`)}</span>
                <span aria-hidden="true">·</span>
                <span>{i18n.local(row.period)}</span>
                <span aria-hidden="true">·</span>
                <button
                  type="button"
                  className="cursor-pointer text-accent underline-offset-2 hover:underline"
                  onClick={() => openSource(row.id)}
                  aria-label={i18n.t('source.openFor', { label: i18n.local(row.label) })}
                >
                  {i18n.t('source.open')}
                </button>
                {/* A slide is for showing; copying is for the page. */}
                {!isProjected && (
                  <CopyFigureButton
                    size="inline"
                    variant="ghost"
                    target={{ kind: 'fact', row, inputs: [] }}
                    to={(view) => ({ ...view, source: row.id })}
                  />
                )}
              </p>
              {row.notes.length > 0 && !isProjected && (
                <div className="max-sm:sr-only">
                  <DataNotes notes={row.notes} isCompact />
                </div>
              )}
            </li>
          )
        })}
      </ul>
      {/* On a slide each note shows once, under the figures, in words for the room. */}
      {isProjected && (
        <div className="mt-2">
          <DataNotes notes={[...new Map(rows.flatMap((row) => row.notes).map((n) => [n.id, n])).values()]} isCompact />
        </div>
      )}
    </section>
  )
}
