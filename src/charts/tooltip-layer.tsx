import { useEffect, useState } from 'react'
import { whenIdle } from '@/app/idle'

/**
 * A chart's tooltip joins it once the chart is drawn and the browser is idle, not in the draw
 * itself. Recharts' Tooltip is costly to carry: a sixth of a chart's first draw (27 ms of a tab's
 * first visit at 4× CPU throttle), and 6.7 kB gzip of the first view's script with what only it
 * uses, so its code is a chunk of its own, asked for then. Recharts follows the pointer and the
 * keyboard all along, so a tooltip that joins under the pointer opens where it is.
 *
 * When the tooltip joins, Recharts draws the bars afresh, and a bar replaced between a press and
 * its release takes no click: so it never joins while a pointer is pressed, but after the release.
 * A chunk that cannot load leaves the chart without a tooltip, its bars still opening their sources.
 */
type Tooltips = typeof import('@/charts/chart-tooltips')

let loading: Promise<Tooltips> | null = null
const loadTooltips = () => (loading ??= import('@/charts/chart-tooltips'))

/** The tooltips' components once this chart may have them; null before. */
export function useTooltips(isDrawn: boolean): Tooltips | null {
  const [tooltips, setTooltips] = useState<Tooltips | null>(null)
  useEffect(() => {
    listenForPresses()
    if (!isDrawn || tooltips) return
    let isCancelled = false
    const cancelIdle = whenIdle(() => {
      loadTooltips().then(
        (loaded) => afterPress(() => !isCancelled && setTooltips(loaded)),
        () => {}, // no tooltip; the chart works without one
      )
    }, 1000)
    return () => {
      isCancelled = true
      cancelIdle()
    }
  }, [isDrawn, tooltips])
  return tooltips
}

// Whether a pointer is pressed anywhere in the page, and what waits for its release.
let isPressed = false
let afterRelease: (() => void)[] = []
let isListening = false

function listenForPresses() {
  if (isListening) return
  isListening = true
  document.addEventListener('pointerdown', () => (isPressed = true), true)
  const release = () => {
    // After the click that the release makes, which the browser dispatches after pointerup.
    setTimeout(() => {
      isPressed = false
      const waiting = afterRelease
      afterRelease = []
      for (const callback of waiting) callback()
    }, 0)
  }
  document.addEventListener('pointerup', release, true)
  document.addEventListener('pointercancel', release, true)
}

/** Runs `callback` now, or once the pointer pressed now is released and its click dispatched. */
function afterPress(callback: () => void) {
  if (isPressed) afterRelease.push(callback)
  else callback()
}
