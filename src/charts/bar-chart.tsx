import { lazy, Suspense, useDeferredValue, type PointerEvent, type ReactNode } from 'react'
import { barLayout, estimateWidth, isNarrowWidth, valueTicks } from '@/charts/bar-layout'
import type { BarRow } from '@/charts/bar-chart-data'
import { useChartScale } from '@/charts/chart-scale'
import { StaticBarChart } from '@/charts/static-bar-chart'
import { useElementWidth } from '@/charts/use-element-width'
import { useFittedRowHeight } from '@/charts/use-fitted-row-height'

const LiveBarChart = lazy(async () => {
  const { LiveBarChart } = await import('@/charts/live-bar-chart')
  await pressesOver()
  return { default: LiveBarChart }
})

/** Settles a task after the press on a bar of a plain drawing ends; settled while none is pressed. */
let pressOver: Promise<void> = Promise.resolve()

/**
 * A press on a bar of the plain drawing: the live charts wait for its end, so the bar pressed is the
 * bar released, and the click opens its source.
 */
function holdWhilePressed(event: PointerEvent) {
  if (!(event.target instanceof Element) || !event.target.closest('.static-bar')) return
  pressOver = new Promise((resolve) => {
    const release = () => {
      window.removeEventListener('pointerup', release)
      window.removeEventListener('pointercancel', release)
      // After the click, which follows the release in the same task.
      window.setTimeout(resolve)
    }
    window.addEventListener('pointerup', release)
    window.addEventListener('pointercancel', release)
  })
}

async function pressesOver() {
  let seen: Promise<void>
  do {
    seen = pressOver
    await seen
  } while (seen !== pressOver)
}

type BarChartProps = {
  rows: BarRow[]
  /** The accessible name of the drawing; the figure around it has the full title. */
  title: string
  /** The bars in words, for screen readers. */
  description: string
  formatTick: (value: number) => string
  renderTooltip: (row: BarRow) => ReactNode
  onSelect?: ((row: BarRow) => void) | undefined
}

/**
 * A horizontal bar chart. Until it knows its width (in the HTML built ahead, and on its first
 * render), it is plain SVG drawn from the same rows and layout; then Recharts draws it in the same
 * box, at the same height, in a render of its own after the page has shown (useDeferredValue), so a
 * tab's first frame costs no Recharts drawing, and input in between goes first. A bar of the plain
 * drawing opens its source as a live one does; pressed as the live chart's code arrives, it stays
 * until the press is over.
 */
export function BarChart({ rows, ...props }: BarChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>()
  const liveWidth = useDeferredValue(width, 0)
  const scale = useChartScale()
  const labels = rows.map((row) => row.label)
  // Room after the longest bar for the longest value label, in ems of the chart's font.
  const valueLabelEms = Math.max(3, ...rows.map((row) => estimateWidth(row.valueLabel, 1))) + 1
  const layoutOf = (isNarrow: boolean, rowHeight?: number) =>
    barLayout({ labels, isNarrow, scale, valueLabelEms, rowHeight })
  const natural = layoutOf(isNarrowWidth(width, scale))
  const rowHeight = useFittedRowHeight(ref, rows.length, natural.rowHeight, natural.minRowHeight)
  const layout = rowHeight === natural.rowHeight ? natural : layoutOf(natural.isNarrow, rowHeight)
  const ticks = valueTicks(Math.max(0, ...rows.map((row) => row.value)))
  const drawing = { rows, ticks, ...props }

  return (
    <div ref={ref} className="bar-chart w-full" onPointerDown={holdWhilePressed}>
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
