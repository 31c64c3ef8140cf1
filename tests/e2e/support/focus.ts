import type { Page } from '@playwright/test'

/** Where keyboard focus is, as a reader would name it, and whether they can see it. */
export type FocusStop = {
  role: string
  name: string
  /** The legend of the fieldset the control is in ("Language", "Kind"). */
  group: string
  /** The name of the labelled group of buttons the control is in ("Share this view"), if any. */
  toolbar: string
  isFilter: boolean
  checked: boolean | null
  selected: boolean
  /** The focus ring: on the element, or on its label when the control itself is visually hidden. */
  ring: { isVisible: boolean; on: string; outline: string; shadow: string }
  box: { width: number; height: number; isOnScreen: boolean }
}

export const describeStop = (stop: FocusStop | null) =>
  stop
    ? `${stop.role} "${stop.name}"${stop.group ? ` in "${stop.group}"` : ''}${stop.isFilter ? ' (filter)' : ''}`
    : 'nothing'

/** The focused element, read in the page; `filtersLabel` names the filters' section ("Filters", "筛选"). */
export function focusStop(page: Page, filtersLabel: string): Promise<FocusStop | null> {
  return page.evaluate((filters) => {
    const element = document.activeElement
    if (!(element instanceof HTMLElement) || element === document.body) return null
    const implicitRoles: Record<string, string> = { A: 'link', BUTTON: 'button', SUMMARY: 'summary', MAIN: 'main' }
    const input = element instanceof HTMLInputElement ? element : null
    const role =
      element.getAttribute('role') ??
      (input ? input.type : (implicitRoles[element.tagName] ?? element.tagName.toLowerCase()))
    const label = input?.labels?.[0]
    // The text a reader hears: without what is hidden from assistive technology (a "▾" on a menu button).
    const spokenText = (node: Element) => {
      const copy = node.cloneNode(true) as Element
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove()
      return copy.textContent ?? ''
    }
    const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? document.getElementById(id) : null))
      .filter((labeller) => labeller !== null)
    const name = (
      element.getAttribute('aria-label') ??
      (labelledBy.length > 0
        ? labelledBy.map((labeller) => labeller.getAttribute('aria-label') ?? spokenText(labeller)).join(' ')
        : null) ??
      (label ? spokenText(label) : spokenText(element))
    )
      .replace(/\s+/g, ' ')
      .trim()

    const box = element.getBoundingClientRect()
    // A visually hidden control (a 1 px native radio behind a segmented button) shows focus on its label.
    const isHidden = box.width <= 1 || box.height <= 1
    const ringElement = isHidden && label ? label : element
    const style = getComputedStyle(ringElement)
    const isTransparent = (colour: string) => colour === 'transparent' || /(?:,\s*0|\/\s*0)\)$/.test(colour)
    const hasOutline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !isTransparent(style.outlineColor)
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const ringBox = ringElement.getBoundingClientRect()

    return {
      role,
      name: name.slice(0, 60),
      group: element.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
      toolbar: element.closest('[role="group"][aria-label]')?.getAttribute('aria-label') ?? '',
      isFilter: element.closest(`section[aria-label="${filters}"]`) !== null,
      checked: input && (input.type === 'checkbox' || input.type === 'radio') ? input.checked : null,
      selected: element.getAttribute('aria-selected') === 'true',
      ring: {
        isVisible: hasOutline || hasShadow,
        on: ringElement === element ? element.tagName.toLowerCase() : `its <${ringElement.tagName.toLowerCase()}>`,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        shadow: style.boxShadow,
      },
      box: {
        width: Math.round(ringBox.width),
        height: Math.round(ringBox.height),
        isOnScreen: ringBox.bottom > 0 && ringBox.right > 0 && ringBox.top < innerHeight && ringBox.left < innerWidth,
      },
    }
  }, filtersLabel)
}
