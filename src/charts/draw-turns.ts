import { useLayoutEffect, useState, type RefObject } from 'react'
import { BACKGROUND_TAB_CLASS, DRAWN_AHEAD_CLASS, MOUNTED_AHEAD_CLASS } from '@/charts/front-tab'

/**
 * Charts take turns to draw. Recharts registers, measures and draws a chart in one go, 50 to 150 ms
 * on a slow phone, so a tab opened for the first time with three charts kept the screen frozen until
 * all three were drawn. Now the first chart to ask draws at once; each other one waits for the
 * screen to show the one before, then draws in a task of its own. A chart waits in its box, sized
 * already, so nothing moves when it draws. A chart in a tab drawn ahead of its first visit waits
 * behind the charts of the tab shown, so reaching for one tab never holds up the one clicked.
 *
 * Charts out of sight draw nothing until their tab is shown or reached for: a tab left before all
 * its charts were drawn, and a tab mounted ahead (laid out unseen once the page is idle), since
 * drawn charts cost memory. A tab mounted ahead has its first chart set up, though, when no other
 * chart waits: Recharts mounted with no width, its store made and its parts registered, about half
 * of its cost, so the click that first shows the tab only draws it.
 */
type Step = () => void
/**
 * Where a chart waiting for its turn stands, asked each time a turn could come: in the tab shown,
 * in a tab drawn ahead as the reader reaches for it, in a tab mounted ahead and not reached for, or
 * in a tab the reader has left.
 */
type Standing = 'shown' | 'ahead' | 'mounted' | 'left'
type Turn = {
  draw: Step
  setUp: Step
  standing: () => Standing
  /** The tab mounted ahead around the chart, if it is in one. */
  mountedTab: () => Element | null
  /** The tab it was set up in, if it was. */
  setUpIn?: Element
}
/** A chart's turn as it sees it: still waiting, set up without drawing (see above), or drawn. */
export type ChartTurn = 'waiting' | 'set up' | 'drawn'

const waiting: Turn[] = []
/** Tabs mounted ahead that have a chart set up. */
const setUpTabs = new WeakSet<Element>()
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
  waiting.push(turn)
  if (!isDrawing) drawNext()
  return () => {
    const index = waiting.indexOf(turn)
    if (index >= 0) waiting.splice(index, 1)
    // A chart set up and gone before drawing (its tab switched to tables): another may be set up.
    if (turn.setUpIn) setUpTabs.delete(turn.setUpIn)
  }
}

function drawNext() {
  isDrawing = true
  const step = nextStep()
  if (!step) {
    isDrawing = false
    return
  }
  step()
  afterNextPaint(() => {
    announceFirstChart()
    drawNext()
  })
}

/** The next chart to draw, first in line in the tab shown, then in a tab drawn ahead; else one to set up. */
function nextStep(): Step | null {
  const standings = waiting.map((turn) => turn.standing())
  const shown = standings.indexOf('shown')
  const index = shown >= 0 ? shown : standings.indexOf('ahead')
  const [turn] = index >= 0 ? waiting.splice(index, 1) : []
  if (turn) return turn.draw
  for (const candidate of waiting) {
    const tab = candidate.mountedTab()
    if (!tab || setUpTabs.has(tab)) continue
    setUpTabs.add(tab)
    candidate.setUpIn = tab
    return candidate.setUp // it keeps its place in line, to draw first when its tab is shown
  }
  return null
}

/**
 * Lets the charts of a tab just shown or reached for take their turns. Called in the commit that
 * shows a tab (a layout effect), so its first chart draws before that frame, even while charts
 * elsewhere are taking their turns (a chart set up or drawn ahead a moment before).
 */
export function drawWaitingCharts() {
  if (!isDrawing) {
    drawNext()
    return
  }
  const index = waiting.findIndex((turn) => turn.standing() === 'shown')
  const [turn] = index >= 0 ? waiting.splice(index, 1) : []
  turn?.draw()
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
 * Whether a chart may draw its marks now (see ChartTurn). It asks once it can draw (`isReady`: it
 * has a width), and keeps its turn: a chart redrawn by a filter or a resize does not wait again.
 * `ref` is the chart's box, which says where its tab stands. `beforeDraw` runs as the turn comes,
 * in the same update: a chart that waited out of sight measures itself again there. Keep it
 * stable (a new one asks for a new turn).
 */
export function useDrawTurn(isReady: boolean, ref: RefObject<Element | null>, beforeDraw?: () => void): ChartTurn {
  const [turn, setTurn] = useState<ChartTurn>('waiting')
  const isDrawn = turn === 'drawn'
  useLayoutEffect(() => {
    if (!isReady || isDrawn) return
    const closest = (className: string) => ref.current?.closest(`.${className}`) ?? null
    return requestTurn({
      draw: () => {
        beforeDraw?.()
        setTurn('drawn')
      },
      setUp: () => setTurn('set up'),
      standing: () =>
        closest(MOUNTED_AHEAD_CLASS)
          ? 'mounted'
          : closest(DRAWN_AHEAD_CLASS)
            ? 'ahead'
            : closest(BACKGROUND_TAB_CLASS)
              ? 'left'
              : 'shown',
      mountedTab: () => closest(MOUNTED_AHEAD_CLASS),
    })
  }, [isReady, isDrawn, ref, beforeDraw])
  return turn
}
