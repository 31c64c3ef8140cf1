import { Text } from 'recharts'

type TickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  width: number
  /** Chinese has no spaces to break at, so it breaks between characters. */
  breakAll: boolean
}

/** A category label beside its bar, wrapping onto up to three lines instead of running under the bars. */
export function CategoryTick({ x, y, payload, width, breakAll }: TickProps) {
  return (
    <Text
      x={Number(x)}
      y={Number(y)}
      width={width}
      maxLines={3}
      breakAll={breakAll}
      textAnchor="end"
      verticalAnchor="middle"
      fill="var(--color-ink)"
      fontSize={13}
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
}

/** On narrow screens the label goes above its bar, so the bar keeps the full width. */
export function RowLabel({ viewBox, value, labelWidth, breakAll }: RowLabelProps) {
  if (!viewBox || value === undefined || value === '') return null
  return (
    <Text
      x={viewBox.x ?? 0}
      y={(viewBox.y ?? 0) - 5}
      width={labelWidth}
      maxLines={2}
      breakAll={breakAll}
      textAnchor="start"
      verticalAnchor="end"
      fill="var(--color-ink)"
      fontSize={13}
    >
      {String(value)}
    </Text>
  )
}

export type BarLayout = { isNarrow: boolean; axisWidth: number; rowHeight: number; labelWidth: number }

const NARROW = 560

/**
 * Where category labels go. Wide: beside the bars, in an axis as wide as the longest label but
 * never more than 40% of the chart. Narrow: above each bar, and the axis takes no room.
 */
export function barLayout(labels: string[], chartWidth: number, isCjk: boolean): BarLayout {
  if (chartWidth > 0 && chartWidth < NARROW) {
    return { isNarrow: true, axisWidth: 0, rowHeight: 68, labelWidth: chartWidth - 24 }
  }
  const longest = Math.max(0, ...labels.map((label) => label.length))
  const natural = longest * (isCjk ? 13 : 7) + 12
  const limit = chartWidth > 0 ? Math.max(96, chartWidth * 0.4) : 180
  const axisWidth = Math.round(Math.min(natural, limit))
  return { isNarrow: false, axisWidth, rowHeight: 52, labelWidth: axisWidth - 8 }
}
