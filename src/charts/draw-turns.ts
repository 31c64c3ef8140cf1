import { useLayoutEffect, useState } from 'react'

/**
 * Charts take turns to draw. Recharts registers, measures and draws a chart in one go, 50 to 150 ms
 * on a slow phone, so a tab opened for the first time with three charts kept the screen frozen until
 * all three were drawn. Now the first chart to ask draws at once; each other one waits for the
 * screen to show the one before, then draws in a task of its own. A chart waits in its box, sized
 * already, so nothing moves when it draws.
 */
type Draw = () => void

const waiting: Draw[] = []
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

function requestTurn(draw: Draw): () => void {
  if (!isDrawing) {
    isDrawing = true
    draw()
    afterNextPaint(() => {
      announceFirstChart()
      drawNext()
    })
    return () => {}
  }
  waiting.push(draw)
  return () => {
    const index = waiting.indexOf(draw)
    if (index >= 0) waiting.splice(index, 1)
  }
}

function drawNext() {
  const draw = waiting.shift()
  if (!draw) {
    isDrawing = false
    return
  }
  draw()
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
 * and keeps its turn: a chart redrawn by a filter or a resize does not wait again.
 */
export function useDrawTurn(isReady: boolean): boolean {
  const [hasTurn, setHasTurn] = useState(false)
  useLayoutEffect(() => {
    if (!isReady || hasTurn) return
    return requestTurn(() => setHasTurn(true))
  }, [isReady, hasTurn])
  return hasTurn
}
