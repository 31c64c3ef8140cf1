import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The rendered width of an element, updated as it resizes; 0 before layout (and in jsdom). A tab
 * kept in the background is not displayed and measures 0: that reading is ignored, so the chart
 * keeps its layout and shows at once when the tab comes back.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measured = element.getBoundingClientRect().width
    if (measured > 0) setWidth(measured)
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(entry.contentRect.width)
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}
