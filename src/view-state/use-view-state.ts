import { useCallback, useMemo, useSyncExternalStore } from 'react'
import { parseView, type ViewProblem } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { emptyFilters, type Filters, type View } from '@/view-state/view'

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

/**
 * The current view, parsed from the URL, and a setter that writes it back. A new view pushes a
 * history entry, so Back and Forward step through views; `replace` is for corrections.
 */
export function useViewState(): { view: View; problems: ViewProblem[]; setView: SetView } {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch)
  const { view, problems } = useMemo(() => parseView(search), [search])

  const setView = useCallback<SetView>((update, options) => {
    const current = parseView(readSearch()).view
    const next = update(current)
    const nextSearch = serializeView(next)
    // Inside an embed, the host page's Back button belongs to the host: views replace each other.
    const mode = options?.mode ?? (current.mode === 'embed' ? 'replace' : 'push')
    if (nextSearch !== readSearch()) writeSearch(nextSearch, mode)
  }, [])

  return { view, problems, setView }
}

/** Rewrites the URL to the canonical form of what it means, dropping what was ignored. */
export function canonicalizeUrl(view: View) {
  const search = serializeView(view)
  if (search !== readSearch()) writeSearch(search, 'replace')
}

/** A tab switch starts from the new tab's defaults: its filters, all its charts, no source open. */
export function withTab(view: View, tab: View['tab']): View {
  return tab === view.tab ? view : { ...view, tab, filters: emptyFilters, chart: null, source: null }
}

/** One filter changed; the rest of the view kept. */
export function withFilter<K extends keyof Filters>(view: View, key: K, value: Filters[K]): View {
  return { ...view, filters: { ...view.filters, [key]: value } }
}

/** The absolute address of a view of this page: for links to copy, citations and embeds. */
export function viewUrl(view: View): string {
  return `${window.location.origin}${window.location.pathname}${serializeView(view)}`
}
