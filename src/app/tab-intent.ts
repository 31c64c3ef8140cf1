import type { Tab } from '@/view-state/view'

/**
 * A reader reaching for a tab: the pointer resting on it, or a press on it. A mouse rests on a tab
 * a few hundred milliseconds before it clicks, and a press lasts about a hundred: time enough to
 * draw the tab's first chart, so the click only has to show it.
 */
type Listener = (tab: Tab) => void

const listeners = new Set<Listener>()

export function announceTabIntent(tab: Tab) {
  for (const listener of listeners) listener(tab)
}

export function onTabIntent(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
