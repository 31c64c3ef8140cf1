import { Suspense, useId, useRef, type ReactNode } from 'react'
import type { FactKind } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import type { Display } from '@/view-state/view'
import { EmptyState } from '@/ui/empty-state'
import { Skeleton } from '@/ui/skeleton'
import type { Citation } from '@/charts/citation'
import { ChartErrorBoundary } from '@/charts/chart-error-boundary'
import type { ChartDownload } from '@/charts/export/chart-data'
import { FrameCaption, FrameLegend } from '@/charts/chart-frame-parts'
import { useChartScale } from '@/charts/chart-scale'
import { useSlidePart } from '@/charts/slide-part'

type ChartFrameProps = {
  title: string
  /** The reader's question this chart answers. */
  question: string
  /** What the chart's values count, in its scale ("billion yuan"); none for a list or a matrix. */
  unitLabel?: string
  display: Display
  chart: ReactNode
  table: ReactNode
  /** The chart in a sentence or two, for screen readers and the export. */
  summary: string
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
  const unitLine = unitLabel ? i18n.t('chart.unit', { unit: unitLabel }) : ''
  const { isProjected } = useChartScale()
  // A slide continuing a long list says which part of it it shows.
  const { part, parts } = useSlidePart()
  const shownTitle = parts > 1 ? i18n.t('present.part', { title, part, parts }) : title

  return (
    <figure
      ref={figureRef}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-line-soft bg-raised p-4 sm:p-5"
    >
      <header>
        <h3 id={titleId} className={`${isProjected ? 'text-2xl' : 'text-lg'} font-semibold leading-snug`}>
          {shownTitle}
        </h3>
        <p className="text-sm text-ink-muted">{question}</p>
        {unitLine && <p className="mt-1 text-sm text-ink-muted">{unitLine}</p>}
      </header>

      {kinds && kinds.length > 0 && !isEmpty && <FrameLegend kinds={kinds} />}

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
    </figure>
  )
}
