import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { whenIdle } from '@/app/idle'

// A chart's tooltip joins it once the chart is drawn and the browser is idle, not in the draw
// itself: Recharts' Tooltip is a good part of a chart's first draw and, with what only it uses,
// of the first view's script, so its code is a chunk of its own, asked for then. Recharts follows
// the pointer and the keyboard all along, so a tooltip that joins under the pointer opens there.
//
// When a tooltip joins, Recharts draws the chart's bars afresh, and a bar replaced between a
// press and its release takes no click. So tooltips join one chart per task, each only while no
// pointer is pressed, committed in that same task. A chunk that cannot load leaves the charts
// without tooltips (bars still open their sources by click and by keyboard); the next chart to
// be drawn asks for it again.

type Tooltips = typeof import('@/charts/chart-tooltips')

let loading: Promise<Tooltips> | null = null
function loadTooltips(): Promise<Tooltips> {
  loading ??= import('@/charts/chart-tooltips').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** The tooltips' components once this chart has them; null before. */
export function useTooltips(isDrawn: boolean): Tooltips | null {
  const [tooltips, setTooltips] = useState<Tooltips | null>(null)
  useEffect(() => {
    listenForPresses()
    if (!isDrawn || tooltips) return
    let isCancelled = false
    const join = (loaded: Tooltips) => {
      if (!isCancelled) flushSync(() => setTooltips(loaded))
    }
    const cancelIdle = whenIdle(() => {
      loadTooltips().then(
        (loaded) => !isCancelled && queueJoin(() => join(loaded)),
        () => {}, // no tooltip for now
      )
    }, 1000)
    return () => {
      isCancelled = true
      cancelIdle()
    }
  }, [isDrawn, tooltips])
  return tooltips
}

// Pointers pressed now (primary buttons: a secondary one's release may go to a context menu), and
// the charts waiting to be given their tooltip, one per task.
const pressed = new Set<number>()
const joins: (() => void)[] = []
let isJoining = false
let isListening = false

function listenForPresses() {
  if (isListening) return
  isListening = true
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (event.button === 0) pressed.add(event.pointerId)
    },
    true,
  )
  const release = (event: PointerEvent) => {
    // After the click the release makes, which the browser dispatches after pointerup.
    if (pressed.delete(event.pointerId) && pressed.size === 0) setTimeout(joinNext, 0)
  }
  document.addEventListener('pointerup', release, true)
  document.addEventListener('pointercancel', release, true)
  // A release outside the window is never seen.
  window.addEventListener('blur', () => {
    pressed.clear()
    setTimeout(joinNext, 0)
  })
}

function queueJoin(join: () => void) {
  joins.push(join)
  if (!isJoining) joinNext()
}

function joinNext() {
  if (pressed.size > 0) return // the release starts again
  const join = joins.shift()
  isJoining = join !== undefined
  if (!join) return
  join()
  setTimeout(joinNext, 0)
}
