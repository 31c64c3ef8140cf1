import type { ComponentProps } from 'react'
import { BarChart } from 'recharts'
import type { ChartTurn } from '@/charts/draw-turns'

type BarChartOnTurnProps = ComponentProps<typeof BarChart> & { turn: ChartTurn; height: number }

/**
 * A bar chart as its turn stands (draw-turns.ts). Waiting, it is a box of the height it will have,
 * so nothing moves when it draws: Recharts is not mounted, as its store, size observers and effects
 * cost time when a tab is shown and memory in tabs built in the background. Set up or drawn, it is
 * Recharts' chart, given its frame (useBarLayout: no width while only set up).
 */
export function BarChartOnTurn({ turn, height, children, ...chart }: BarChartOnTurnProps) {
  if (turn === 'waiting') return <div className="w-full" style={{ height }} />
  return (
    <BarChart height={height} {...chart}>
      {children}
    </BarChart>
  )
}
