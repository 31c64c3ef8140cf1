import { lazy, Suspense, useDeferredValue, useEffect, type ReactNode } from 'react'
import { barLayout, estimateWidth, isNarrowWidth, valueTicks } from '@/charts/bar-layout'
import type { BarRow } from '@/charts/bar-chart-data'
import { useChartScale } from '@/charts/chart-scale'
import { StaticBarChart } from '@/charts/static-bar-chart'
import { useElementWidth } from '@/charts/use-element-width'
import { useFittedRowHeight } from '@/charts/use-fitted-row-height'
import { SPOTLIT_LABEL_SCALE } from '@/charts/spotlight'

const LiveBarChart = lazy(() => import('@/charts/live-bar-chart').then((m) => ({ default: m.LiveBarChart })))

type BarChartProps = {
  rows: BarRow[]
  /** The accessible name of the drawing; the figure around it has the full title. */
  title: string
  /** The bars in words, for screen readers. */
  description: string
  formatTick: (value: number) => string
  renderTooltip: (row: BarRow) => ReactNode
  onSelect?: ((row: BarRow) => void) | undefined
  /** The id of the bar in the spotlight, if it is one of these. */
  spotlight?: string | null | undefined
  /** Puts a bar in the spotlight, or clears it (null): Space and Esc on the live chart. */
  onSpotlight?: ((id: string | null) => void) | undefined
}

/**
 * A horizontal bar chart. Until it knows its width (in the HTML built ahead, and on its first
 * render), it is plain SVG drawn from the same rows and layout; then Recharts draws it in the same
 * box, at the same height, in a render of its own after the page has shown (useDeferredValue), so a
 * tab's first frame costs no Recharts drawing, and input in between goes first. A bar of the plain
 * drawing opens its source as a live one does.
 */
export function BarChart({ rows, spotlight, ...props }: BarChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>()
  const liveWidth = useDeferredValue(width, 0)
  const scale = useChartScale()
  const labels = rows.map((row) => row.label)
  // Room after the longest bar for the longest value label, in ems of the chart's font, at the size
  // of a label in the spotlight: the bars keep their length when the spotlight moves.
  const valueLabelEms = Math.max(3, ...rows.map((row) => estimateWidth(row.valueLabel, SPOTLIT_LABEL_SCALE))) + 1
  const layoutOf = (isNarrow: boolean, rowHeight?: number) =>
    barLayout({ labels, isNarrow, scale, valueLabelEms, rowHeight })
  const natural = layoutOf(isNarrowWidth(width, scale))
  const rowHeight = useFittedRowHeight(ref, rows.length, natural.rowHeight, natural.minRowHeight)
  const layout = rowHeight === natural.rowHeight ? natural : layoutOf(natural.isNarrow, rowHeight)
  const ticks = valueTicks(Math.max(0, ...rows.map((row) => row.value)))
  const spotlit = rows.some((row) => row.id === spotlight) ? spotlight : null
  const drawing = { rows, ticks, spotlight: spotlit, ...props }
  // A link or the finder that puts a bar in the spotlight brings its chart into view.
  useEffect(() => {
    if (spotlit) ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [spotlit, ref])

  return (
    <div ref={ref} className="bar-chart w-full">
      {width === 0 ? (
        <StaticBarChart layouts={{ narrow: layoutOf(true), wide: layoutOf(false) }} {...drawing} />
      ) : liveWidth === 0 ? (
        <StaticBarChart layouts={layout} {...drawing} />
      ) : (
        <Suspense fallback={<StaticBarChart layouts={layout} {...drawing} />}>
          <LiveBarChart layout={layout} width={liveWidth} {...drawing} />
        </Suspense>
      )}
    </div>
  )
}
