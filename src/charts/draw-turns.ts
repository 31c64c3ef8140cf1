import { useLayoutEffect, useState, type RefObject } from 'react'
import { DRAWN_AHEAD_CLASS } from '@/charts/front-tab'

/**
 * Charts take turns to draw. Recharts registers, measures and draws a chart in one go, 50 to 150 ms
 * on a slow phone, so a tab opened for the first time with three charts kept the screen frozen until
 * all three were drawn. Now the first chart to ask draws at once; each other one waits for the
 * screen to show the one before, then draws in a task of its own. A chart waits in its box, sized
 * already, so nothing moves when it draws. A chart in a tab drawn ahead of its first visit waits
 * behind the charts of the tab shown, so reaching for one tab never holds up the one clicked.
 */
type Draw = () => void
/** A chart's turn: its draw, and whether it is in a tab drawn ahead (asked when its turn could come). */
type Turn = { draw: Draw; isAhead: () => boolean }

const waiting: Turn[] = []
let isDrawing = false
let firstDrawn: (() => void)[] | null = []

/** Runs `callback` once the first chart of the page is drawn and on screen (at once if it is). */
export function afterFirstChart(callback: () => void) {
  if (firstDrawn) firstDrawn.push(callback)
  else callback()
}

function announceFirstChart() {
  const callbacks = firstDrawn ?? []
  firstDrawn = null
  for (const callback of callbacks) callback()
}

function requestTurn(turn: Turn): () => void {
  if (!isDrawing) {
    isDrawing = true
    turn.draw()
    afterNextPaint(() => {
      announceFirstChart()
      drawNext()
    })
    return () => {}
  }
  waiting.push(turn)
  return () => {
    const index = waiting.indexOf(turn)
    if (index >= 0) waiting.splice(index, 1)
  }
}

function drawNext() {
  // The first chart in line that is not drawn ahead; if all are, the first of them.
  const shown = waiting.findIndex((turn) => !turn.isAhead())
  const [turn] = waiting.splice(Math.max(0, shown), 1)
  if (!turn) {
    isDrawing = false
    return
  }
  turn.draw()
  afterNextPaint(drawNext)
}

/**
 * After the next frame is painted: a task posted from an animation frame. A page that draws no
 * frames (a hidden tab, an iframe scrolled out of sight) goes on after 100 ms instead.
 */
function afterNextPaint(callback: () => void) {
  let isDone = false
  const run = () => {
    if (isDone) return
    isDone = true
    callback()
  }
  requestAnimationFrame(() => setTimeout(run, 0))
  setTimeout(run, 100)
}

/**
 * Whether a chart may draw its marks now. It asks once it can draw (`isReady`: it has a width),
 * and keeps its turn: a chart redrawn by a filter or a resize does not wait again. `ref` is the
 * chart's box, which says whether its tab is drawn ahead.
 */
export function useDrawTurn(isReady: boolean, ref: RefObject<Element | null>): boolean {
  const [hasTurn, setHasTurn] = useState(false)
  useLayoutEffect(() => {
    if (!isReady || hasTurn) return
    return requestTurn({
      draw: () => setHasTurn(true),
      isAhead: () => ref.current?.closest(`.${DRAWN_AHEAD_CLASS}`) != null,
    })
  }, [isReady, hasTurn, ref])
  return hasTurn
}
