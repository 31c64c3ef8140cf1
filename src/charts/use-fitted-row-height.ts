import { useLayoutEffect, useState, type RefObject } from 'react'
import { useChartScale } from '@/charts/chart-scale'
import { useIsFrontTab } from '@/charts/front-tab'

/** The element a projected slide must fit in without scrolling; set by the presenter layout. */
export const FIT_SLIDE_ATTRIBUTE = 'data-fit-slide'

/**
 * On a projector a slide must not scroll. After each layout, if the slide overflows, the chart's
 * rows give up the overflow between them, down to a floor that still fits two lines of 24 px
 * labels. On a desk, rows keep their natural height. A tab kept in the background fits its slide
 * when it comes to the front, starting again from the natural height.
 */
export function useFittedRowHeight(ref: RefObject<HTMLElement | null>, rows: number, natural: number, floor: number) {
  const { isProjected } = useChartScale()
  const isFront = useIsFrontTab()
  const isFitting = isProjected && isFront
  const [fitted, setFitted] = useState({ natural, rowHeight: natural, isFitting })
  if (fitted.natural !== natural || fitted.isFitting !== isFitting)
    setFitted({ natural, rowHeight: natural, isFitting })

  useLayoutEffect(() => {
    if (!isFitting || rows === 0) return
    const slide = ref.current?.closest(`[${FIT_SLIDE_ATTRIBUTE}]`)
    if (!slide) return
    const overflow = slide.scrollHeight - slide.clientHeight
    if (overflow > 1 && fitted.rowHeight > floor) {
      setFitted((current) => ({
        ...current,
        rowHeight: Math.max(floor, current.rowHeight - Math.ceil(overflow / rows)),
      }))
    }
  }, [isFitting, rows, ref, fitted.rowHeight, floor])

  useLayoutEffect(() => {
    if (!isProjected) return
    const reset = () => setFitted((current) => ({ ...current, rowHeight: current.natural }))
    window.addEventListener('resize', reset)
    return () => window.removeEventListener('resize', reset)
  }, [isProjected])

  return isProjected ? fitted.rowHeight : natural
}
