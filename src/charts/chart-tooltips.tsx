import type { RefObject } from 'react'
import { Tooltip } from 'recharts'
import { FigureTooltip } from '@/charts/figure-tooltip'
import { ActivePointTracker } from '@/charts/active-point'

// The charts' tooltips, a chunk of their own that joins each chart once it is drawn (tooltip-layer.tsx).

const cursor = { fill: 'var(--color-accent-soft)' }

/** A figure chart's tooltip, and the tracker that lets Enter open the source of the bar it shows. */
export function FigureChartTooltip({ activeRef }: { activeRef: RefObject<{ id: string } | null> }) {
  return (
    <>
      <Tooltip cursor={cursor} content={<FigureTooltip />} />
      <ActivePointTracker activeRef={activeRef} />
    </>
  )
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
