import { Text } from 'recharts'
import type { ChartScale } from '@/charts/chart-scale'

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
    <Text
      x={Number(x)}
      y={Number(y)}
      width={width}
      maxLines={MAX_LINES}
      breakAll={breakAll}
      textAnchor="end"
      verticalAnchor="middle"
      fill="var(--color-ink)"
      fontSize={fontSize}
      // Recharts measures words in a span styled with `style`, and caches the widths by font size: in
      // px, or the span keeps the page's size and a projector label wraps from desk-size widths.
      style={{ fontSize: `${fontSize}px` }}
    >
      {String(payload?.value ?? '')}
    </Text>
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
    <Text
      x={viewBox.x ?? 0}
      y={(viewBox.y ?? 0) - 5}
      width={labelWidth}
      maxLines={MAX_LINES}
      breakAll={breakAll}
      textAnchor="start"
      verticalAnchor="end"
      fill="var(--color-ink)"
      fontSize={fontSize}
      style={{ fontSize: `${fontSize}px` }}
    >
      {String(value)}
    </Text>
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
