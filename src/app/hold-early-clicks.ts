/** What can take a click. */
const CLICKABLE = 'a[href], button, input, select, label, summary'

/**
 * Whether React has taken this element over: it then carries React's own reference to it. (React
 * has named that property `__reactFiber$…` since version 17; were it renamed, every click on the
 * page would be held until the code is in, which is slower, not wrong.)
 */
const isTakenOver = (element: Element) => Object.keys(element).some((key) => key.startsWith('__reactFiber$'))

/**
 * On the prerendered page, the parts around the chart are HTML without their code until it loads
 * (hydrate-later.tsx). React drops a click on such a part, and the browser would still tick a
 * checkbox, so the box and the filter would disagree. Until `ready` settles, a click on a control
 * React has not taken over is held (its default too) and, if `ready` says so, made again on the
 * same element. Controls React already runs (the tabs, the chart) answer at once. Reaching for the
 * page (a pointer down, a key) starts the load, so the wait is usually one short request.
 */
export function holdEarlyClicks(root: HTMLElement, parts: { load: () => Promise<unknown>; ready: Promise<boolean> }) {
  let held: Element | null = null
  const startLoad = () => void parts.load().catch(() => {})
  const hold = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null
    const control = target?.closest(CLICKABLE)
    if (!target || !control || !root.contains(control) || isTakenOver(control)) return
    // A link opened in a new tab or window is the browser's to follow, now.
    if (control.matches('a[href]') && (event.ctrlKey || event.metaKey || event.shiftKey)) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held = target
    startLoad()
  }
  document.addEventListener('click', hold, true)
  document.addEventListener('pointerdown', startLoad, { capture: true, once: true })
  document.addEventListener('keydown', startLoad, { capture: true, once: true })
  const release = (replay: boolean) => {
    document.removeEventListener('click', hold, true)
    document.removeEventListener('pointerdown', startLoad, true)
    document.removeEventListener('keydown', startLoad, true)
    const target = held
    if (!replay || !target?.isConnected) return
    // A task later, once React has seen the code arrive: the click then takes the part over and is handled.
    setTimeout(() => target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })), 0)
  }
  parts.ready.then(release, () => release(false))
}
