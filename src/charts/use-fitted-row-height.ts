import { useLayoutEffect, useState, type RefObject } from 'react'
import { useChartScale } from '@/charts/chart-scale'

/** The element a projected slide must fit in without scrolling; set by the presenter layout. */
export const FIT_SLIDE_ATTRIBUTE = 'data-fit-slide'

/**
 * On a projector a slide must not scroll. After each layout, if the slide overflows, the chart's
 * rows give up the overflow between them, down to a floor that still fits their labels' lines. On
 * a desk, rows keep their natural height.
 */
export function useFittedRowHeight(ref: RefObject<HTMLElement | null>, rows: number, natural: number, floor: number) {
  const { isProjected } = useChartScale()
  const [fitted, setFitted] = useState({ natural, rowHeight: natural })
  if (fitted.natural !== natural) setFitted({ natural, rowHeight: natural })

  useLayoutEffect(() => {
    if (!isProjected || rows === 0) return
    const slide = ref.current?.closest(`[${FIT_SLIDE_ATTRIBUTE}]`)
    if (!slide) return
    const overflow = slide.scrollHeight - slide.clientHeight
    if (overflow > 1 && fitted.rowHeight > floor) {
      setFitted((current) => ({
        ...current,
        rowHeight: Math.max(floor, current.rowHeight - Math.ceil(overflow / rows)),
      }))
    }
  }, [isProjected, rows, ref, fitted.rowHeight, floor])

  useLayoutEffect(() => {
    if (!isProjected) return
    const reset = () => setFitted((current) => ({ ...current, rowHeight: current.natural }))
    window.addEventListener('resize', reset)
    return () => window.removeEventListener('resize', reset)
  }, [isProjected])

  return isProjected ? fitted.rowHeight : natural
}
