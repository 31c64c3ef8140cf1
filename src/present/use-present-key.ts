import { useEffect } from 'react'
import { deckForView, slideForView } from '@/view-state/deck'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'

/** On how many slides a view continues (a long list); one until the data is in. */
export type PartsOf = (view: View) => number

/**
 * The view, presented, full screen: on its own slide of the default deck, which shows its filters
 * and display when it has them (the deck then goes into the link).
 */
export const presentView = (view: View, partsOf: PartsOf): View => {
  const deck = deckForView(view)
  return { ...view, mode: 'present', slide: slideForView({ ...view, deck }, partsOf), deck, source: null }
}

/**
 * P presents the view on screen, from anywhere on the page but a text field or an open dialog. It
 * ships with the first view, not with the toolbar (whose code loads after the first chart), so a
 * presenter can press it as soon as the page shows.
 */
export function usePresentKey(setView: SetView, partsOf: PartsOf) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'p' && event.key !== 'P') return
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      setView((view) => presentView(view, partsOf))
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [setView, partsOf])
}

/** Whether a key goes to a text field: page-wide keys leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type))
  )
}
