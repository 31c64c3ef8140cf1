import { Text } from 'recharts'

type TickProps = {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown }
  width: number
  /** Chinese has no spaces to break at, so it breaks between characters. */
  breakAll: boolean
}

/** A category label that wraps onto up to three lines instead of running under the bars. */
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

/** How wide the category axis should be: room for the longest label, never more than 40% of the chart. */
export function categoryAxisWidth(labels: string[], chartWidth: number, isCjk: boolean): number {
  const longest = Math.max(0, ...labels.map((label) => label.length))
  const natural = longest * (isCjk ? 13 : 7) + 12
  const limit = chartWidth > 0 ? Math.max(96, chartWidth * 0.4) : 180
  return Math.round(Math.min(natural, limit))
}
