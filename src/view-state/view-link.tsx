import type { MouseEvent, ReactNode } from 'react'
import { serializeView } from '@/view-state/serialize-view'
import { currentView, setView, useViewSelector } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'

/**
 * A link to another view of the app: a real href (so it can be opened in a new tab or copied),
 * followed in place with a history entry on a plain click.
 */
export function ViewLink({
  to,
  children,
  className,
}: {
  to: (view: View) => View
  children: ReactNode
  className?: string
}) {
  // Re-renders when its own address changes, not on every change of view.
  const href = useViewSelector((view) => serializeView(to(view)) || '.')
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    const isOtherTab = to(currentView()).tab !== currentView().tab
    setView(to)
    window.scrollTo({ top: 0 })
    // The link's own tab goes to the background, inert, and focus would fall back to the page: give
    // it to the tab panel now showing, where a keyboard or screen reader user goes on reading.
    if (isOtherTab) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[role="tabpanel"]')?.focus({ preventScroll: true }),
      )
    }
  }
  return (
    <a href={href} onClick={onClick} className={className ?? 'text-accent underline'}>
      {children}
    </a>
  )
}
