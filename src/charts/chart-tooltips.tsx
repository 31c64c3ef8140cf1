import { Tooltip } from 'recharts'
import { FigureTooltip } from '@/charts/figure-tooltip'

// The charts' tooltips, a chunk of their own that joins each chart once it is drawn (tooltip-layer.tsx).

const cursor = { fill: 'var(--color-accent-soft)' }

/** A figure chart's tooltip: the bar's figure in words. */
export function FigureChartTooltip() {
  return <Tooltip cursor={cursor} content={<FigureTooltip />} />
}

/** A count chart's tooltip: the category and its count in each series. */
export function CountChartTooltip() {
  return (
    <Tooltip
      cursor={cursor}
      contentStyle={{
        background: 'var(--color-raised)',
        borderColor: 'var(--color-line)',
        color: 'var(--color-ink)',
      }}
      itemStyle={{ color: 'var(--color-ink)' }}
    />
  )
}
