import {
  useCallback,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react'
import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  Tooltip,
  useActiveTooltipCoordinate,
  useActiveTooltipDataPoints,
  XAxis,
  YAxis,
} from 'recharts'
import { Label, spotlightLook } from '@/charts/static-bar-chart'
import type { BarRow } from '@/charts/bar-chart-data'
import type { BarLayout } from '@/charts/bar-layout'
import { ActivePointTracker } from '@/charts/active-point'

// Recharts and what only the live chart needs: a chunk of its own, which the page asks for once a
// chart knows its width. Until it is in, the chart is drawn as plain SVG (static-bar-chart.tsx).

export type LiveBarChartProps = {
  rows: BarRow[]
  layout: BarLayout
  width: number
  ticks: number[]
  formatTick: (value: number) => string
  title: string
  description: string
  /** The hovered or keyboard-chosen bar, in words. */
  renderTooltip: (row: BarRow) => ReactNode
  /** A click on a bar, or Enter on the bar the arrow keys chose. */
  onSelect?: ((row: BarRow) => void) | undefined
  /** The id of the bar in the spotlight. */
  spotlight?: string | null | undefined
  /** Space on the chosen bar puts it in the spotlight or takes it out; Esc clears the spotlight. */
  onSpotlight?: ((id: string | null) => void) | undefined
}

type Datum = { name: string; value: number; valueLabel: string; row: BarRow }

const tooltipCursor = { fill: 'var(--color-accent-soft)' }
/** The tooltip's width (FigureTooltip's w-64) and its distance from the pointer. */
const TOOLTIP_WIDTH = 256
const TOOLTIP_GAP = 16
// Above the row's middle, so the pointer reaches it moving along the row; its Copy button takes clicks.
const tooltipOffset = { x: TOOLTIP_GAP, y: -TOOLTIP_GAP }
const enterable = { pointerEvents: 'auto' } as const
const isInTooltip = (node: EventTarget | null) => node instanceof Element && node.closest('.recharts-tooltip-wrapper')

/**
 * The chart as Recharts draws it, with its tooltip and keyboard layer (arrow keys move between
 * bars). The value label sits after the bar and, on narrow charts, the row's label above it.
 */
export function LiveBarChart(props: LiveBarChartProps) {
  const { rows, layout, width, ticks, formatTick, onSelect, spotlight, onSpotlight } = props
  const data: Datum[] = rows.map((row) => ({ name: row.label, value: row.value, valueLabel: row.valueLabel, row }))
  const activeRef = useRef<Datum | null>(null)
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys on the tooltip's own buttons (its Copy) are theirs, not the chart's.
    if (isInTooltip(event.target)) return
    const active = activeRef.current?.row
    // Keys the chart takes from the page while a keyboard is in it, so a slide stays put.
    const isChoosing = event.target instanceof Element && event.target.matches(':focus-visible')
    const take = () => {
      event.preventDefault()
      event.stopPropagation()
    }
    if (event.key === 'Enter' && active && onSelect) {
      take()
      onSelect(active)
    } else if (event.key === ' ' && isChoosing && active && onSpotlight) {
      take()
      onSpotlight(active.id === spotlight ? null : active.id)
    } else if (event.key === 'Escape' && spotlight && onSpotlight) {
      take()
      onSpotlight(null)
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && isChoosing) {
      event.stopPropagation()
    }
  }

  // Focus going from the chosen bar to its tooltip's Copy (the stop beside the chart's: Recharts puts
  // the tooltip just before the drawing) must not read to the chart as leaving it.
  const onBlurCapture = (event: FocusEvent) => {
    if (isInTooltip(event.relatedTarget)) event.stopPropagation()
  }

  return (
    <div onKeyDown={onKeyDown} onBlurCapture={onBlurCapture} ref={useUntabbableLayers()}>
      <BarChart
        layout="vertical"
        width={width}
        height={layout.height}
        margin={layout.margin}
        data={data}
        title={props.title}
        desc={props.description}
      >
        <XAxis
          type="number"
          domain={[0, ticks.at(-1) ?? 1]}
          ticks={ticks}
          interval={0}
          tick={<ValueTick fontSize={layout.tickSize} format={formatTick} />}
          stroke="var(--color-line)"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={layout.axisWidth}
          hide={layout.isNarrow}
          tick={<CategoryTick layout={layout} />}
          stroke="var(--color-line)"
          interval={0}
        />
        <ActivePointTracker activeRef={activeRef} />
        <RowTooltip width={width} renderTooltip={props.renderTooltip} />
        <Bar
          dataKey="value"
          barSize={layout.barSize}
          isAnimationActive={false}
          cursor={onSelect ? 'pointer' : undefined}
          onClick={(entry: { payload?: Datum }) => {
            if (entry.payload && onSelect) onSelect(entry.payload.row)
          }}
        >
          {rows.map((row) => (
            <Cell
              key={row.id}
              fill={row.fill}
              stroke={row.stroke ?? 'var(--color-raised)'}
              strokeWidth={row.stroke ? 1.5 : 1}
              strokeDasharray={row.dash}
              opacity={spotlightLook(row.id, spotlight, layout.fontSize).opacity}
            />
          ))}
          <LabelList
            dataKey="valueLabel"
            content={<ValueLabel look={(index) => spotlightLook(rows[index]?.id ?? '', spotlight, layout.fontSize)} />}
          />
          {layout.isNarrow && <LabelList dataKey="name" content={<RowLabel layout={layout} />} />}
        </Bar>
      </BarChart>
    </div>
  )
}

/**
 * The hovered or chosen bar's tooltip, which the pointer can enter to use its Copy: it stands beside
 * where the pointer came onto the row (on the side it fits), holds still while the pointer moves
 * along that row, and holds its bar while the pointer is on it. Keys pressed in it but Esc stay in it,
 * so Enter on its Copy copies rather than opening the bar's source.
 */
function RowTooltip({ width, renderTooltip }: { width: number; renderTooltip: (row: BarRow) => ReactNode }) {
  const [active] = useActiveTooltipDataPoints<Datum>() ?? []
  const coordinate = useActiveTooltipCoordinate()
  const [anchor, setAnchor] = useState<{ datum: Datum; x: number } | null>(null)
  if (active && coordinate && active !== anchor?.datum) setAnchor({ datum: active, x: coordinate.x })
  const right = (anchor?.x ?? 0) + TOOLTIP_GAP
  const left = (anchor?.x ?? 0) - TOOLTIP_GAP - TOOLTIP_WIDTH
  const x = right + TOOLTIP_WIDTH <= width ? right : left >= 0 ? left : undefined
  const holdBar = (event: MouseEvent) => event.stopPropagation()
  const keepKeys = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') event.stopPropagation()
  }
  return (
    <Tooltip
      cursor={tooltipCursor}
      offset={tooltipOffset}
      position={anchor && x !== undefined ? { x } : undefined}
      wrapperStyle={enterable}
      // It appears where it stays: a tooltip sliding into place is a target on the move.
      isAnimationActive={false}
      content={({ active: isActive, payload }) => {
        const row = (payload?.[0]?.payload as Datum | undefined)?.row
        return isActive && row ? (
          <div key={row.id} onMouseMove={holdBar} onKeyDown={keepKeys}>
            {renderTooltip(row)}
          </div>
        ) : null
      }}
    />
  )
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } }

/** A category label beside its bar. */
function CategoryTick({ x, y, payload, layout }: TickProps & { layout: BarLayout }) {
  return <Label text={String(payload?.value ?? '')} x={Number(x)} y={Number(y)} layout={layout} />
}

/** On narrow charts, a row's label above its bar, so the bar keeps the full width. */
function RowLabel({
  viewBox,
  value,
  layout,
}: {
  viewBox?: { x?: number; y?: number }
  value?: unknown
  layout: BarLayout
}) {
  if (!viewBox || value === undefined || value === '') return null
  return <Label text={String(value)} x={viewBox.x ?? 0} y={(viewBox.y ?? 0) - 5} layout={layout} />
}

type ValueLabelProps = {
  viewBox?: { x?: number; y?: number; width?: number; height?: number }
  value?: unknown
  index?: number
  look: (index: number) => ReturnType<typeof spotlightLook>
}

/** A bar's value at its end. */
function ValueLabel({ viewBox, value, index, look }: ValueLabelProps) {
  if (!viewBox || value === undefined || value === null || value === '') return null
  const x = (viewBox.x ?? 0) + Math.max(0, viewBox.width ?? 0) + 5
  const y = (viewBox.y ?? 0) + (viewBox.height ?? 0) / 2
  return (
    <text x={x} y={y} dy="0.355em" {...look(index ?? -1).label}>
      {String(value)}
    </text>
  )
}

/**
 * A tick of the value axis. It has no "recharts-cartesian-axis-tick-value" class: Recharts reads the
 * computed style of a tick with that class (a forced style recalculation) for a font size it uses
 * only to thin ticks, and every tick is drawn here.
 */
function ValueTick({
  x,
  y,
  payload,
  fontSize,
  format,
}: TickProps & { fontSize: number; format: (value: number) => string }) {
  const value = Number(payload?.value)
  if (!Number.isFinite(value)) return null
  return (
    <text x={Number(x)} y={Number(y)} dy="0.71em" textAnchor="middle" fill="var(--color-ink-muted)" fontSize={fontSize}>
      {format(value)}
    </text>
  )
}

/**
 * Recharts portals each z-index layer into a bare <g>; React listens for focus events on every
 * portal container, and Chromium makes an SVG element with focus listeners a Tab stop, nameless
 * and unringed. tabindex="-1" takes the layers out of the Tab order; the chart's surface stays
 * its one stop.
 */
function useUntabbableLayers() {
  return useCallback((wrapper: HTMLDivElement | null) => {
    if (!wrapper) return
    const untab = () => {
      for (const layer of wrapper.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')) {
        layer.setAttribute('tabindex', '-1')
      }
    }
    untab()
    const observer = new MutationObserver(untab)
    observer.observe(wrapper, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [])
}
