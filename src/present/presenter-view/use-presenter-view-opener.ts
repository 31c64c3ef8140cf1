import { useCallback, useEffect, useRef, useState } from 'react'
import { currentView, viewUrl } from '@/view-state/use-view-state'
import { isTyping } from '@/present/use-present-key'

/** One presenter view per browser: S or the button again brings back the window already open. */
const WINDOW_NAME = 'cq-dashboard-presenter-view'

/**
 * Opens the presenter view, the presenter's own window on the same deck and slide, from the button
 * or the S key. `isBlocked`: the browser refused the window (a pop-up blocker).
 */
export function usePresenterViewOpener(beforeOpen: () => void) {
  const windowRef = useRef<Window | null>(null)
  const [isBlocked, setBlocked] = useState(false)

  const open = useCallback(() => {
    const opened = windowRef.current
    if (opened && !opened.closed) {
      opened.focus()
      return
    }
    beforeOpen()
    const url = viewUrl({ ...currentView(), isPresenterView: true })
    windowRef.current = window.open(url, WINDOW_NAME, 'popup,width=1280,height=800')
    setBlocked(windowRef.current === null)
  }, [beforeOpen])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 's' && event.key !== 'S') return
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return
      event.preventDefault()
      open()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [open])

  return { open, isBlocked }
}
