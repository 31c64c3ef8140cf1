import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/**
 * The rendered width of an element, updated as it resizes; 0 before layout (and in jsdom). A tab
 * out of sight (content-visibility: hidden) reports nothing as the window resizes, or 0: that
 * reading is ignored, so the chart keeps its layout and shows at once when the tab comes back, and
 * the resize observer tells the new width after that frame. `measure` reads the width at once
 * (a chart drawing for the first time after waiting out of sight).
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  const measure = useCallback(() => {
    const measured = ref.current?.getBoundingClientRect().width ?? 0
    if (measured > 0) setWidth(measured)
  }, [])
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [measure])
  return { ref, width, measure }
}
