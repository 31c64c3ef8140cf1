import { useMemo, useSyncExternalStore } from 'react'
import { parseView, type ViewProblem } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { emptyFilters, type FilterKey, type Filters, type View } from '@/view-state/view'

// The only module that touches location and history.

const VIEW_CHANGE = 'viewchange'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(VIEW_CHANGE, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(VIEW_CHANGE, onChange)
  }
}

const readSearch = () => window.location.search
// Rendered ahead of time (the prerendered page), there is no URL: that is the default view.
const readServerSearch = () => ''

function writeSearch(search: string, mode: 'push' | 'replace') {
  const url = `${window.location.pathname}${search}${window.location.hash}`
  if (mode === 'push') window.history.pushState(null, '', url)
  else window.history.replaceState(null, '', url)
  window.dispatchEvent(new Event(VIEW_CHANGE))
}

export type SetView = (update: (view: View) => View, options?: { mode?: 'push' | 'replace' }) => void

/** The view the URL holds now, read when it is needed (at a click) rather than subscribed to. */
export const currentView = (): View => parseView(readSearch()).view

/**
 * Writes a view derived from the current one into the URL. A new view pushes a history entry, so
 * Back and Forward step through views; `replace` is for corrections. Stable: no component needs to
 * subscribe to the URL to change it.
 */
export const setView: SetView = (update, options) => {
  const current = currentView()
  const nextSearch = serializeView(update(current))
  // Inside an embed, the host page's Back button belongs to the host: views replace each other.
  const mode = options?.mode ?? (current.mode === 'embed' ? 'replace' : 'push')
  if (nextSearch !== readSearch()) writeSearch(nextSearch, mode)
}

/** The current view, parsed from the URL, what was ignored in it, and the setter. */
export function useViewState(): { view: View; problems: ViewProblem[]; setView: SetView } {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch)
  const { view, problems } = useMemo(() => parseView(search), [search])
  return { view, problems, setView }
}

/**
 * One value derived from the current view (a string, a number: compared by value), for components
 * that need only that: they re-render when it changes, not on every change of view.
 */
export function useViewSelector<T extends string | number | boolean | null>(select: (view: View) => T): T {
  return useSyncExternalStore(
    subscribe,
    () => select(currentView()),
    () => select(parseView(readServerSearch()).view),
  )
}

/** Rewrites the URL to the canonical form of what it means, dropping what was ignored. */
export function canonicalizeUrl(view: View) {
  const search = serializeView(view)
  if (search !== readSearch()) writeSearch(search, 'replace')
}

/** A tab switch starts from the new tab's defaults: its filters, all its charts, no source open, no spotlight. */
export function withTab(view: View, tab: View['tab']): View {
  return tab === view.tab ? view : { ...view, tab, filters: emptyFilters, chart: null, source: null, spotlight: null }
}

/** One filter changed; the rest of the view kept. */
export function withFilter<K extends keyof Filters>(view: View, key: K, value: Filters[K]): View {
  return { ...view, filters: { ...view.filters, [key]: value } }
}

/**
 * A filter set from the ids chosen in it: a multiple choice keeps them all, a single choice the
 * first or none. The ids are the filter's own options, which the URL's parser checks again.
 */
export function withChosen(view: View, key: FilterKey, ids: string[]): View {
  const current = view.filters[key]
  const filters = { ...view.filters, [key]: Array.isArray(current) ? ids : (ids[0] ?? null) } as Filters
  return { ...view, filters }
}

/** The absolute address of a view of this page: for links to copy, citations and embeds. */
export function viewUrl(view: View): string {
  return `${window.location.origin}${window.location.pathname}${serializeView(view)}`
}
