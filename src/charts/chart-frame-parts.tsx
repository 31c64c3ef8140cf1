import { use, type RefObject } from 'react'
import type { FactKind, Note } from '@/data/schema'
import { formatDate, formatFigure } from '@/i18n/format'
import type { I18n } from '@/i18n/i18n'
import { punctuation, useI18n } from '@/i18n/i18n'
import type { Display } from '@/view-state/view'
import { notesOf, type Citation } from '@/charts/citation'
import { DataNotes } from '@/charts/data-notes'
import { KindSwatch } from '@/charts/kind-swatch'
import { QuoteList } from '@/charts/quote-list'
import { useChartScale } from '@/charts/chart-scale'
import type { ChartDownload, FrameText } from '@/charts/export/chart-data'
import { DownloadButtons } from '@/charts/export/download-buttons'
import { SpotlightContext } from '@/charts/spotlight'

// The words around a chart (chart-frame.tsx): the legend above, and below it the summary, the
// source line, the quotes, the notes and the downloads.

/** The legend of the kinds a chart draws, each with what it means. */
export function FrameLegend({ kinds }: { kinds: FactKind[] }) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={i18n.t('filter.kind')}>
      {kinds.map((kind) => (
        <li key={kind} className="inline-flex items-center gap-1.5">
          <KindSwatch kind={kind} />
          <span>
            <span className="font-medium">{i18n.t(`kind.${kind}`)}</span>
            {!isProjected && (
              <span className="text-ink-muted">
                {punctuation[i18n.locale].colon}
                {i18n.t(`kind.${kind}.hint`)}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  )
}

type FrameCaptionProps = {
  summaryId: string
  title: string
  question: string
  unitLine: string
  summary: string
  citations: Citation[]
  /** The day the conference figures were stated. */
  sourceDate: string
  kinds?: FactKind[] | undefined
  showQualifierKey: boolean
  isEmpty: boolean
  display: Display
  download: ChartDownload
  figureRef: RefObject<HTMLElement | null>
}

/**
 * Below the chart: the generated summary for screen readers, the source line with the quotes one
 * click away, the data notes, and downloads that carry the same words.
 */
export function FrameCaption(props: FrameCaptionProps) {
  const { summaryId, citations, sourceDate, isEmpty, display } = props
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  // The figure in the spotlight leads the text alternative, on the page and in the files.
  const spotlight = use(SpotlightContext)
  const spotlit = props.download.data.kind === 'figures' && props.download.data.rows.find((r) => r.id === spotlight)
  const summary = spotlit
    ? i18n.t('spotlight.summary', {
        item: i18n.t('summary.item', {
          label: i18n.local(spotlit.label),
          period: i18n.local(spotlit.period),
          value: formatFigure(spotlit, i18n.locale),
        }),
      }) +
      punctuation[i18n.locale].sentences +
      props.summary
    : props.summary
  const sourceLines = sourceLinesOf(citations, sourceDate, i18n)
  const notes = notesOf(citations)
  const exportText: FrameText = {
    title: props.title,
    question: props.question,
    unitLine: props.unitLine,
    summary,
    kinds: props.kinds ?? [],
    sourceLines,
    hasQualifierKey: props.showQualifierKey,
    notes,
    sourceDate,
  }
  return (
    <>
      {isProjected ? (
        <p id={summaryId} className="sr-only">
          {summary}
        </p>
      ) : (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-accent">{i18n.t('chart.summary')}</summary>
          <p id={summaryId} className="mt-1">
            {summary}
          </p>
        </details>
      )}

      {isProjected ? (
        <figcaption className="border-t border-line-soft pt-3 text-sm">
          <SlideSourceLine lines={sourceLines} hasQualifierKey={props.showQualifierKey} notes={notes} />
        </figcaption>
      ) : (
        <figcaption className="flex flex-col gap-2 border-t border-line-soft pt-3 text-sm">
          <SourceLine lines={sourceLines} />
          {props.showQualifierKey && <p className="text-ink-muted">{i18n.t('chart.qualifierKey')}</p>}
          {citations.length > 0 && <QuoteList citations={citations} />}
          <DataNotes notes={notes} />
          {!isEmpty && (
            <DownloadButtons
              download={props.download}
              text={exportText}
              figureRef={props.figureRef}
              isChartShown={display === 'chart'}
            />
          )}
        </figcaption>
      )}
    </>
  )
}

/** Who said what the chart shows, when: the conference's speakers, outside publishers, derivations. */
function sourceLinesOf(citations: Citation[], sourceDate: string, i18n: I18n): string[] {
  const speakers = new Set<string>()
  const publishers = new Set<string>()
  let hasDerived = false
  for (const { source } of citations) {
    if (source.kind === 'stated') speakers.add(i18n.name(source.speaker.name))
    else if (source.kind === 'context') publishers.add(i18n.local(source.publisher))
    else hasDerived = true
  }
  const separator = punctuation[i18n.locale].list
  return [
    speakers.size > 0 &&
      i18n.t('chart.sourceConference', {
        speakers: [...speakers].join(separator),
        date: formatDate(sourceDate, i18n.locale),
      }),
    publishers.size > 0 && i18n.t('chart.sourceContext', { publishers: [...publishers].join(separator) }),
    hasDerived && i18n.t('chart.sourceDerived'),
  ].filter((line): line is string => typeof line === 'string')
}

function SourceLine({ lines }: { lines: string[] }) {
  return (
    <div className="text-ink-muted">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}

/**
 * A slide's sources, the key to the label symbols and the data notes, worded for an audience, in one running
 * paragraph: every figure stays traceable without the lines a reader would open on a desk.
 */
function SlideSourceLine({
  lines,
  hasQualifierKey,
  notes,
}: {
  lines: string[]
  hasQualifierKey: boolean
  notes: Note[]
}) {
  const i18n = useI18n()
  const { sentences } = punctuation[i18n.locale]
  const text = [...lines, ...(hasQualifierKey ? [i18n.t('chart.qualifierKey')] : [])].join(sentences)
  return (
    <p className="text-ink-muted">
      {text}
      {notes.map((note) => (
        <span key={note.id} role="note" className="text-note-ink">
          {' '}
          {i18n.t('present.note', { note: i18n.local(note.audience) })}
        </span>
      ))}
    </p>
  )
}
