import { useEffect, type RefObject } from 'react'
import { useActiveTooltipDataPoints } from 'recharts'

/**
 * Inside a chart: keeps `activeRef` pointing at the datum the tooltip shows, whether the mouse or
 * Recharts' keyboard layer (arrow keys on the focused chart) chose it, so Enter can act on it.
 */
export function ActivePointTracker<T>({ activeRef }: { activeRef: RefObject<T | null> }) {
  const points = useActiveTooltipDataPoints<T>()
  const active = points?.[0] ?? null
  useEffect(() => {
    activeRef.current = active
  }, [active, activeRef])
  return null
}
