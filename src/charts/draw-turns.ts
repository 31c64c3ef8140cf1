import { useLayoutEffect, useState, type RefObject } from 'react'
import { BACKGROUND_TAB_CLASS, DRAWN_AHEAD_CLASS, MOUNTED_AHEAD_CLASS, TAB_BOX_ATTRIBUTE } from '@/charts/front-tab'

/**
 * Charts take turns to draw. Recharts registers, measures and draws a chart in one go, 50 to 150 ms
 * on a slow phone, so a tab opened for the first time with three charts kept the screen frozen until
 * all three were drawn. Now the first chart to ask draws at once; each other one waits for the
 * screen to show the one before, then draws in a task of its own. A chart waits in its box, sized
 * already, so nothing moves when it draws. A tab the reader reaches for has its first chart drawn
 * ahead of its first visit, behind the charts of the tab shown, so reaching for one tab never holds
 * up the one clicked.
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
  /** The box of the tab around the chart (TabContent), if any. */
  tab: () => Element | null
  /** The tab it was set up in, if it was. */
  setUpIn?: Element
}
/** A chart's turn as it sees it: still waiting, set up without drawing (see above), or drawn. */
export type ChartTurn = 'waiting' | 'set up' | 'drawn'

const waiting: Turn[] = []
/** Tabs with a chart drawn, and tabs mounted ahead with a chart set up. */
const tabsWithAChart = new WeakSet<Element>()
const setUpTabs = new WeakSet<Element>()
let isDrawing = false
let hasDrawn = false
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
  drawNextAfterPaint()
}

function drawNextAfterPaint() {
  isDrawing = true
  afterNextPaint(() => {
    if (hasDrawn) announceFirstChart()
    drawNext()
  })
}

/** Takes a turn out of line and draws it. */
function draw(turn: Turn) {
  waiting.splice(waiting.indexOf(turn), 1)
  const tab = turn.tab()
  if (tab) tabsWithAChart.add(tab)
  hasDrawn = true
  turn.draw()
}

const hasAChart = (turn: Turn) => {
  const tab = turn.tab()
  return tab !== null && tabsWithAChart.has(tab)
}

/**
 * The next step: the first chart in line in the tab shown; else the first chart of a tab drawn
 * ahead, only the first (the click that follows shows it, and the tab's other charts take their
 * turns after it, as on any first visit: a click that came while they drew would wait for them);
 * else the first chart of a tab mounted ahead, to set up.
 */
function nextStep(): Step | null {
  const standings = waiting.map((turn) => turn.standing())
  const shown = waiting[standings.indexOf('shown')]
  if (shown) return () => draw(shown)
  const ahead = waiting.find((turn, index) => standings[index] === 'ahead' && !hasAChart(turn))
  if (ahead) return () => draw(ahead)
  const mounted = waiting.find((turn, index) => {
    const tab = standings[index] === 'mounted' ? turn.tab() : null
    return tab !== null && !setUpTabs.has(tab)
  })
  const tab = mounted?.tab()
  if (!mounted || !tab) return null
  setUpTabs.add(tab)
  mounted.setUpIn = tab
  return mounted.setUp // it keeps its place in line, to draw first when its tab is shown
}

/**
 * Lets the charts of a tab just shown or reached for take their turns. Called in the commit that
 * shows a tab (a layout effect): a tab that shows no chart yet draws its first in that commit,
 * before the frame that shows the tab, even while charts elsewhere take their turns (one set up or
 * drawn ahead a moment before); its other charts, and those of a tab that shows one already (drawn
 * ahead, or before the reader left it), take their turns after that frame.
 */
export function drawWaitingCharts() {
  const first = waiting.find((turn) => turn.standing() === 'shown' && !hasAChart(turn))
  if (first) draw(first)
  if (!isDrawing && (first || waiting.length > 0)) drawNextAfterPaint()
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
    const tab = () => ref.current?.closest(`[${TAB_BOX_ATTRIBUTE}]`) ?? null
    const is = (className: string) => tab()?.classList.contains(className) ?? false
    return requestTurn({
      draw: () => {
        beforeDraw?.()
        setTurn('drawn')
      },
      setUp: () => setTurn('set up'),
      standing: () =>
        is(MOUNTED_AHEAD_CLASS)
          ? 'mounted'
          : is(DRAWN_AHEAD_CLASS)
            ? 'ahead'
            : is(BACKGROUND_TAB_CLASS)
              ? 'left'
              : 'shown',
      tab,
    })
  }, [isReady, isDrawn, ref, beforeDraw])
  return turn
}
