import { useEffect } from 'react'
import { slideForView } from '@/view-state/deck'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'

/** The view, presented: its own slide of the default deck, full screen. */
export const presentView = (view: View): View => ({
  ...view,
  mode: 'present',
  slide: slideForView(view),
  deck: [],
  source: null,
})

/**
 * P presents the view on screen, from anywhere on the page but a text field or an open dialog. It
 * ships with the first view, not with the toolbar (whose code loads after the first chart), so a
 * presenter can press it as soon as the page shows.
 */
export function usePresentKey(setView: SetView) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'p' && event.key !== 'P') return
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      setView(presentView)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [setView])
}

/** Whether a key goes to a text field: page-wide keys leave it alone. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
    !(target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type))
  )
}
