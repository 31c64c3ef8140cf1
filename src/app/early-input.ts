/**
 * What takes a click through React. Links that open a new tab or move within the page (the skip
 * link) and disclosures (<summary>) are the browser's, working from the start: never held.
 */
const CLICKABLE = 'a[href]:not([target="_blank"]):not([href^="#"]), button, input, select, label'

/**
 * Whether React has taken this element over: it then carries React's own reference to it. (React
 * has named that property `__reactFiber$…` since version 17; were it renamed, every click on a
 * control would wait for the code, which is slower, not wrong.)
 */
const isTakenOver = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))

type Held = { kind: 'click'; target: Element; control: Element } | { kind: 'change'; apply: () => void }

/**
 * Input on the prerendered page before the code of the parts around the charts is in
 * (hydrate-later.tsx), kept in the order it came and made once it can be.
 *
 * - A click on a control React does not run yet would be lost (React drops it; the browser would
 *   still tick a checkbox, so the box and the filter would disagree). It is held, default and all.
 * - A change of view (a tab chosen with the keyboard, a bar clicked) would make React drop the
 *   parts' HTML, the header vanishing until the code came. It waits, unless it leaves the page
 *   (presenting), or the code is late (`stall`): then the changes go through.
 *
 * `ready` settles when React has taken the page over and the code is in (true), or when the page
 * is drawn from scratch instead (false: held clicks are dropped, changes made). Controls React
 * already runs (the tabs, the chart) take their clicks at once. Reaching for the page (a pointer
 * down, a key) starts the load, so the wait is usually one short request.
 */
export function holdEarlyInput(
  root: HTMLElement,
  parts: { load: () => Promise<unknown>; ready: Promise<boolean> },
): { holdChange: (apply: () => void, leavesPage: boolean) => boolean; stall: () => void } {
  const queue: Held[] = []
  let isHoldingChanges = true
  let isReplaying = false
  const startLoad = () => void parts.load().catch(() => {})

  const hold = (event: MouseEvent) => {
    if (isReplaying) return // the click made again, or one it leads to (a label's to its checkbox)
    const target = event.target instanceof Element ? event.target : null
    const control = target?.closest(CLICKABLE)
    if (!target || !control || !root.contains(control) || isTakenOver(control)) return
    // A link opened in a new tab or window is the browser's to follow, now.
    if (control.matches('a[href]') && (event.ctrlKey || event.metaKey || event.shiftKey)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    queue.push({ kind: 'click', target, control })
    startLoad()
  }
  document.addEventListener('click', hold, true)
  document.addEventListener('pointerdown', startLoad, { capture: true, once: true })
  document.addEventListener('keydown', startLoad, { capture: true, once: true })

  const holdChange = (apply: () => void, leavesPage: boolean) => {
    if (isReplaying || leavesPage || !isHoldingChanges) return false
    queue.push({ kind: 'change', apply })
    return true
  }

  const release = async (isTakenOverPage: boolean) => {
    document.removeEventListener('pointerdown', startLoad, true)
    document.removeEventListener('keydown', startLoad, true)
    try {
      // In order, input that comes meanwhile joining the queue: a click made again may change the
      // view itself, which then goes through at once.
      for (let held = queue.shift(); held; held = queue.shift()) {
        if (held.kind === 'change') {
          applySafely(held.apply)
          continue
        }
        if (!isTakenOverPage) continue
        await new Promise((resolve) => setTimeout(resolve, 0)) // React sees the code, and the changes before
        // Dropped where no click could reach it now: gone, or in a tab left meanwhile (inert).
        if (!held.target.isConnected || held.target.closest('[inert]')) continue
        pressDown(held.control)
        isReplaying = true
        try {
          held.target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
        } finally {
          isReplaying = false
        }
      }
    } finally {
      isHoldingChanges = false
      document.removeEventListener('click', hold, true)
    }
  }
  void parts.ready.then(release, () => release(false))

  return {
    holdChange,
    // The code is late: changes of view go through from now on (the parts wait in place), and
    // those held so far up to the first held click; the rest wait behind that click for the code,
    // so that a click is never overtaken by a change that came after it.
    stall: () => {
      isHoldingChanges = false
      const firstClick = queue.findIndex((item) => item.kind === 'click')
      const leading = queue.splice(0, firstClick === -1 ? queue.length : firstClick)
      for (const held of leading) if (held.kind === 'change') applySafely(held.apply)
    },
  }
}

/** One change that fails (a history API refusing) leaves the others to be made. */
function applySafely(apply: () => void) {
  try {
    apply()
  } catch (error) {
    console.error(error)
  }
}

/**
 * A mousedown first, as a reader's own click has: on it React takes the control's part over at
 * once. A click alone would tick a checkbox before React saw it, and React would miss the change.
 */
function pressDown(control: Element) {
  control.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))
}
