import { useSyncExternalStore } from 'react'
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

// Every reader of the URL parses the same string: parse it once per change.
let lastParsed: { search: string; parsed: ReturnType<typeof parseView> } | null = null
function parseSearch(search: string) {
  if (lastParsed?.search !== search) lastParsed = { search, parsed: parseView(search) }
  return lastParsed.parsed
}

/** The view the URL holds now, read when it is needed (at a click) rather than subscribed to. */
export const currentView = (): View => parseSearch(readSearch()).view

/** Decides whether a change of view waits: true when it keeps `apply` to make later. */
export type ViewGate = (apply: () => void, next: View) => boolean
let gate: ViewGate | null = null

/**
 * Lets the prerendered page hold changes of view until the code of the parts around the charts is
 * in (early-input.ts): a change before that would make React drop their HTML. Null lets them through.
 */
export function gateViewChanges(next: ViewGate | null) {
  gate = next
}

/**
 * Writes a view derived from the current one into the URL. A new view pushes a history entry, so
 * Back and Forward step through views; `replace` is for corrections. Stable: no component needs to
 * subscribe to the URL to change it.
 */
export const setView: SetView = (update, options) => {
  if (gate?.(() => writeView(update, options), update(currentView()))) return
  writeView(update, options)
}

const writeView: SetView = (update, options) => {
  const current = currentView()
  const nextSearch = serializeView(update(current))
  // Inside an embed, the host page's Back button belongs to the host: views replace each other.
  const mode = options?.mode ?? (current.mode === 'embed' ? 'replace' : 'push')
  if (nextSearch !== readSearch()) writeSearch(nextSearch, mode)
}

/** The current view, parsed from the URL, what was ignored in it, and the setter. */
export function useViewState(): { view: View; problems: ViewProblem[]; setView: SetView } {
  const search = useSyncExternalStore(subscribe, readSearch, readServerSearch)
  const { view, problems } = parseSearch(search)
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
    () => select(parseSearch(readServerSearch()).view),
  )
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
