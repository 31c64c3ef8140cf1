import type { ChartScale } from '@/charts/chart-scale'
import { wrapText } from '@/charts/text-width'

type TickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  width: number
  /** Chinese has no spaces to break at, so it breaks between characters. */
  breakAll: boolean
  fontSize: number
}

/** A category label beside its bar, wrapping onto up to three lines instead of running under the bars. */
export function CategoryTick({ x, y, payload, width, breakAll, fontSize }: TickProps) {
  return (
    <WrappedText
      x={Number(x)}
      y={Number(y)}
      text={String(payload?.value ?? '')}
      width={width}
      breakAll={breakAll}
      fontSize={fontSize}
      anchor="end"
      verticalAnchor="middle"
    />
  )
}

type RowLabelProps = {
  viewBox?: { x?: number; y?: number }
  value?: unknown
  /** Not `width`: Recharts passes the bar's own width under that name. */
  labelWidth: number
  breakAll: boolean
  fontSize: number
}

/** On narrow screens the label goes above its bar, so the bar keeps the full width. */
export function RowLabel({ viewBox, value, labelWidth, breakAll, fontSize }: RowLabelProps) {
  if (!viewBox || value === undefined || value === '') return null
  return (
    <WrappedText
      x={viewBox.x ?? 0}
      y={(viewBox.y ?? 0) - 5}
      text={String(value)}
      width={labelWidth}
      breakAll={breakAll}
      fontSize={fontSize}
      anchor="start"
      verticalAnchor="end"
    />
  )
}

type ValueLabelProps = {
  viewBox?: { x?: number; y?: number; width?: number; height?: number }
  value?: unknown
  fontSize: number
}

/** A bar's value at its end, as Recharts' `position="right"` places it, measured by nobody. */
export function ValueLabel({ viewBox, value, fontSize }: ValueLabelProps) {
  if (!viewBox || value === undefined || value === null || value === '') return null
  const x = (viewBox.x ?? 0) + Math.max(0, viewBox.width ?? 0) + 5
  const y = (viewBox.y ?? 0) + (viewBox.height ?? 0) / 2
  return (
    <text
      x={x}
      y={y}
      textAnchor="start"
      fill="var(--color-ink)"
      fontSize={fontSize}
      fontWeight={600}
      className="recharts-text recharts-label"
    >
      <tspan x={x} dy="0.355em">
        {String(value)}
      </tspan>
    </text>
  )
}

type ValueTickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  fontSize: number
  format: (value: number) => string
}

/**
 * A tick of the value axis, under the axis line, as Recharts draws it but without measuring it. It
 * has no "recharts-cartesian-axis-tick-value" class: Recharts reads the computed style of a tick
 * with that class (a forced style recalculation per axis, as the chart draws) for a font size it
 * uses only to thin ticks, and every tick is drawn here (interval 0).
 */
export function ValueTick({ x, y, payload, fontSize, format }: ValueTickProps) {
  const value = Number(payload?.value)
  if (!Number.isFinite(value)) return null
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      textAnchor="middle"
      fill="var(--color-ink-muted)"
      fontSize={fontSize}
      className="recharts-text"
    >
      <tspan x={Number(x)} dy="0.71em">
        {format(value)}
      </tspan>
    </text>
  )
}

type WrappedTextProps = {
  x: number
  y: number
  text: string
  width: number
  breakAll: boolean
  fontSize: number
  anchor: 'start' | 'end'
  /** Where `y` is: the middle of the lines, or the baseline of the last one. */
  verticalAnchor: 'middle' | 'end'
}

/** SVG text wrapped to `width` in at most MAX_LINES lines, measured without touching the page's layout. */
function WrappedText({ x, y, text, width, breakAll, fontSize, anchor, verticalAnchor }: WrappedTextProps) {
  const lines = wrapText(text, width, fontSize, breakAll, MAX_LINES)
  // As Recharts' Text places lines: 1em apart, centred on y by half the cap height (0.71em).
  const firstDy = verticalAnchor === 'middle' ? 0.355 - (lines.length - 1) / 2 : -(lines.length - 1)
  return (
    <text x={x} y={y} textAnchor={anchor} fill="var(--color-ink)" fontSize={fontSize} className="recharts-text">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={`${index === 0 ? firstDy : 1}em`}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

export type BarLayout = {
  isNarrow: boolean
  axisWidth: number
  rowHeight: number
  labelWidth: number
  fontSize: number
  tickSize: number
  barSize: number
  /** The least a row can shrink to and still fit its label's lines beside the bar. */
  minRowHeight: number
}

const NARROW = 560
/** Labels wrap to at most this many lines; the table and the summary always have the full text. */
export const MAX_LINES = 4

/**
 * Where category labels go. Wide: beside the bars, in an axis as wide as the longest label but
 * never more than 40% of the chart. Narrow: above each bar, and the axis takes no room.
 */
export function barLayout(labels: string[], chartWidth: number, isCjk: boolean, scale: ChartScale): BarLayout {
  const fontSize = Math.round(13 * scale.font)
  // Axis numbers are a size smaller than labels on a desk, the same size on a projector (24 px at least).
  const tickSize = Math.round((scale.isProjected ? 13 : 12) * scale.font)
  const sizes = { fontSize, tickSize, barSize: Math.round(26 * scale.row) }
  // Average glyph width at this size: wide enough for Latin text, a full em for Chinese.
  const charWidth = fontSize * (isCjk ? 1 : 0.56)
  const lineHeight = fontSize * 1.2
  const longest = Math.max(0, ...labels.map((label) => label.length))
  const linesAt = (width: number) => Math.min(MAX_LINES, Math.max(1, Math.ceil((longest * charWidth) / width)))

  if (chartWidth > 0 && chartWidth < NARROW * scale.font) {
    const labelWidth = chartWidth - 24
    const rowHeight = sizes.barSize + linesAt(labelWidth) * lineHeight + 20
    return {
      ...sizes,
      isNarrow: true,
      axisWidth: 0,
      rowHeight: Math.round(Math.max(68 * scale.row, rowHeight)),
      minRowHeight: Math.round(rowHeight),
      labelWidth,
    }
  }
  const limit = chartWidth > 0 ? Math.max(96, chartWidth * 0.4) : 180
  const axisWidth = Math.round(Math.min(longest * charWidth * 1.08 + 12, limit))
  const rowHeight = linesAt(axisWidth - 8) * lineHeight + 16
  return {
    ...sizes,
    isNarrow: false,
    axisWidth,
    rowHeight: Math.round(Math.max(52 * scale.row, rowHeight)),
    minRowHeight: Math.round(Math.max(rowHeight - 14, fontSize * 1.6)),
    labelWidth: axisWidth - 8,
  }
}
