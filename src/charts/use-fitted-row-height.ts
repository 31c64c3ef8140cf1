import { useLayoutEffect, useState, type RefObject } from 'react'
import { useChartScale } from '@/charts/chart-scale'

// Room kept under a projected chart for its axis, source line and the slide's progress bar.
const RESERVED_BELOW = 230

/**
 * On a projector a slide must not scroll: the chart's rows share the height left below the chart's
 * top, between a floor that still fits two lines of 24 px labels and the row height they would have
 * anyway. On a desk, rows keep their natural height.
 */
export function useFittedRowHeight(ref: RefObject<HTMLElement | null>, rows: number, natural: number, floor: number) {
  const { isProjected } = useChartScale()
  const [available, setAvailable] = useState<number | null>(null)

  useLayoutEffect(() => {
    if (!isProjected) return
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0
      setAvailable(window.innerHeight - top - RESERVED_BELOW)
    }
    measure()
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [isProjected, ref])

  if (!isProjected || available === null || rows === 0) return natural
  return Math.round(Math.min(natural, Math.max(floor, available / rows)))
}
