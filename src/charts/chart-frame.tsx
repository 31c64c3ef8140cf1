import { Suspense, useId, useRef, type ReactNode } from 'react'
import type { FactKind } from '@/data/schema'
import { useI18n, type CompleteI18n } from '@/i18n/i18n'
import type { Display } from '@/view-state/view'
import { EmptyState } from '@/ui/empty-state'
import { Skeleton } from '@/ui/skeleton'
import type { Citation } from '@/charts/citation'
import { ChartErrorBoundary } from '@/charts/chart-error-boundary'
import type { ChartDownload } from '@/charts/export/chart-data'
import { HydrateLater, laterPart } from '@/app/hydrate-later'

// The legend and the words below the chart are in chart-frame-parts.tsx, which loads after the
// first chart; the title stays here, so the figure is named from the start.
const FrameLegend = laterPart('FrameLegend')
const FrameCaption = laterPart('FrameCaption')

/** Writes a chart's summary, given the summarizers and the whole catalog in the reader's language. */
export type Summary = (write: typeof import('@/charts/summarize'), i18n: CompleteI18n) => string

type ChartFrameProps = {
  title: string
  /** The reader's question this chart answers. */
  question: string
  unitLabel: string
  display: Display
  chart: ReactNode
  table: ReactNode
  /** The chart's summary, written with the summarizers, which load with the words around it. */
  summary: Summary
  citations: Citation[]
  /** The day the conference figures were stated. */
  sourceDate: string
  /** Kinds drawn, for the legend; omit for charts not coloured by kind. */
  kinds?: FactKind[]
  showQualifierKey?: boolean
  isEmpty: boolean
  /** What the PNG, SVG and CSV downloads are made of. */
  download: ChartDownload
}

/**
 * Every chart's frame: a <figure> with title, question, unit, the chart or its table, a generated
 * summary for screen readers, the source line with the quotes one click away, the data notes, and
 * downloads that carry the same words.
 */
export function ChartFrame(props: ChartFrameProps) {
  const { title, question, unitLabel, display, chart, table, kinds, isEmpty } = props
  const i18n = useI18n()
  const titleId = useId()
  const summaryId = useId()
  const figureRef = useRef<HTMLElement>(null)
  const unitLine = i18n.t('chart.unit', { unit: unitLabel })

  return (
    <figure
      ref={figureRef}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-line-soft bg-raised p-4 sm:p-5"
    >
      <header>
        <h3 id={titleId} className="text-lg font-semibold leading-snug">
          {title}
        </h3>
        <p className="text-sm text-ink-muted">{question}</p>
        <p className="mt-1 text-xs font-medium uppercase tracking-wide text-ink-muted">{unitLine}</p>
      </header>

      {kinds && kinds.length > 0 && !isEmpty && (
        <HydrateLater>
          <FrameLegend kinds={kinds} />
        </HydrateLater>
      )}

      {/* Switching between chart and table tries again: the table may work where the chart broke. */}
      <ChartErrorBoundary resetKey={display}>
        {isEmpty ? (
          <EmptyState title={i18n.t('chart.empty')}>{i18n.t('chart.emptyHint')}</EmptyState>
        ) : display === 'chart' ? (
          chart
        ) : (
          <Suspense fallback={<Skeleton className="h-40" />}>{table}</Suspense>
        )}
      </ChartErrorBoundary>

      <HydrateLater>
        <FrameCaption
          summaryId={summaryId}
          title={title}
          question={question}
          unitLine={unitLine}
          summary={props.summary}
          citations={props.citations}
          sourceDate={props.sourceDate}
          kinds={kinds}
          showQualifierKey={props.showQualifierKey ?? false}
          isEmpty={isEmpty}
          display={display}
          download={props.download}
          figureRef={figureRef}
        />
      </HydrateLater>
    </figure>
  )
}
