/** What can take a click: a click elsewhere is left alone. */
const CLICKABLE = 'a[href], button, input, select, label, summary, [role], [tabindex]'

/**
 * On the prerendered page, the parts around the chart are HTML without their code until it loads
 * (hydrate-later.tsx). React drops a click on such a part, so until the code is in, a click on
 * something clickable is held (its default too: a checkbox does not tick on its own) and made again
 * once it is. Reaching for the page (a pointer down, a key) starts the load at once, so the wait is
 * one short request, often over before the button is released.
 */
export function holdEarlyClicks(root: HTMLElement, parts: { load: () => Promise<unknown>; loaded: Promise<unknown> }) {
  let held: HTMLElement | null = null
  const startLoad = () => void parts.load().catch(() => {})
  const hold = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(CLICKABLE) : null
    if (!target || !root.contains(target)) return
    // A link opened in a new tab or window is the browser's to follow, now.
    const isBrowsersOwn = target.matches('a[href]') && (event.ctrlKey || event.metaKey || event.shiftKey)
    if (isBrowsersOwn) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held = target
    startLoad()
  }
  document.addEventListener('click', hold, true)
  document.addEventListener('pointerdown', startLoad, { capture: true, once: true })
  document.addEventListener('keydown', startLoad, { capture: true, once: true })
  const release = () => {
    document.removeEventListener('click', hold, true)
    document.removeEventListener('pointerdown', startLoad, true)
    document.removeEventListener('keydown', startLoad, true)
    // A task later, once React has seen the code arrive: the click then takes the part over and is handled.
    setTimeout(() => held?.click(), 0)
  }
  parts.loaded.then(release, release)
}
