import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { withTab } from '@/view-state/use-view-state'
import { emptyFilters, isReferenceTab, tabFilters, tabs, type FilterKey, type Tab, type View } from '@/view-state/view'

// The messages between an embed and the page that frames it, documented in docs/embed.md and read
// on the host side by public/embed-host.js: change them together, and bump the version for any
// change an older reader would misread.

const PROTOCOL_VERSION = 1

const messageTypes = {
  height: 'cq-dashboard:height',
  setView: 'cq-dashboard:set-view',
  setTab: 'cq-dashboard:set-tab',
  setFilters: 'cq-dashboard:set-filters',
} as const

/** Embed → host, on load and on every change of the content's height or of the view. */
type HeightMessage = {
  type: typeof messageTypes.height
  version: typeof PROTOCOL_VERSION
  /** The document's content height in CSS pixels, rounded up so the frame never clips a fraction. */
  height: number
  /** The view shown, as its query string: what a link to it would say. */
  view: string
}

type FilterValue = string | string[] | null

/** Host → embed: show another view. Accepted only from the origin the embed URL names in `host=`. */
type HostCommand =
  | { type: typeof messageTypes.setView; version: typeof PROTOCOL_VERSION; view: string }
  | { type: typeof messageTypes.setTab; version: typeof PROTOCOL_VERSION; tab: Tab }
  | {
      type: typeof messageTypes.setFilters
      version: typeof PROTOCOL_VERSION
      filters: Partial<Record<FilterKey, FilterValue>>
    }

// Bounds on what a command may carry: a view string as long as a long link, an id as long as
// parseView allows; anything larger is not a command this app wrote down, so it is dropped unread.
const MAX_VIEW_LENGTH = 2_000
const MAX_VALUE_LENGTH = 200
const MAX_VALUES = 20

const filterKeys = new Set<string>(Object.values(tabFilters).flat())

/** Params a host may not set: they would leave embed mode or hand commands to another origin. */
const reservedParams = ['present', 'slide', 'view', 'host'] as const

/** `view` is the view's query string, from serializeView. */
export function buildHeightMessage(height: number, view: string): HeightMessage {
  return {
    type: messageTypes.height,
    version: PROTOCOL_VERSION,
    height: Number.isFinite(height) ? Math.max(0, Math.ceil(height)) : 0,
    view,
  }
}

/** The height an embed reports, from a message of the height kind; null for any other message. */
export function readHeightMessage(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, version, height } = data as Record<string, unknown>
  if (type !== messageTypes.height || version !== PROTOCOL_VERSION) return null
  return typeof height === 'number' && Number.isFinite(height) && height > 0 ? height : null
}

/**
 * Where height messages may go: only the named host when there is one. Without `host=` any page
 * may frame the embed, and the height and view are no secret (the page's own URL says the view).
 */
export function heightTargetOrigin(view: View): string {
  return view.host ?? '*'
}

/**
 * A command counts only if the embed URL named a host, the message comes from that origin, and it
 * was sent by the framing window itself (not by another frame or a popup of the same origin).
 */
export function isFromHost(event: { origin: string; source: unknown }, host: string | null, parent: Window): boolean {
  return host !== null && event.origin === host && event.source === parent
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isShortString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max

/**
 * Reads a host command from a message's data; anything else (another app's message, a future
 * version, a field of the wrong type or size) is null and ignored. Fields beyond the documented
 * ones are ignored too, so a newer host can add optional fields without breaking version 1.
 */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (!isRecord(data) || data.version !== PROTOCOL_VERSION) return null
  switch (data.type) {
    case messageTypes.setView:
      return isShortString(data.view, MAX_VIEW_LENGTH)
        ? { type: messageTypes.setView, version: PROTOCOL_VERSION, view: data.view }
        : null
    case messageTypes.setTab:
      return (tabs as readonly unknown[]).includes(data.tab)
        ? { type: messageTypes.setTab, version: PROTOCOL_VERSION, tab: data.tab as Tab }
        : null
    case messageTypes.setFilters: {
      const filters = parseFilters(data.filters)
      return filters ? { type: messageTypes.setFilters, version: PROTOCOL_VERSION, filters } : null
    }
    default:
      return null
  }
}

function parseFilters(value: unknown): Partial<Record<FilterKey, FilterValue>> | null {
  if (!isRecord(value)) return null
  const filters: Partial<Record<FilterKey, FilterValue>> = {}
  for (const [key, entry] of Object.entries(value)) {
    if (!filterKeys.has(key)) return null
    const isValid =
      entry === null ||
      isShortString(entry, MAX_VALUE_LENGTH) ||
      (Array.isArray(entry) &&
        entry.length <= MAX_VALUES &&
        entry.every((item) => isShortString(item, MAX_VALUE_LENGTH)))
    if (!isValid) return null
    filters[key as FilterKey] = entry as FilterValue
  }
  return filters
}

/**
 * The view a command asks for, or null when it asks for something the URL could not say (an
 * unknown tab, a filter the tab lacks, a value out of range): a command is taken whole or not at
 * all. The embed stays an embed, answering the same host, and never shows a tab that is not embedded.
 */
export function applyHostCommand(current: View, command: HostCommand): View | null {
  // A command for a tab that is never embedded is refused like any view a link could not say.
  const keepEmbedding = (next: View): View | null =>
    isReferenceTab(next.tab) ? null : { ...next, mode: current.mode, host: current.host }
  switch (command.type) {
    case messageTypes.setTab:
      return keepEmbedding(withTab(current, command.tab))
    case messageTypes.setFilters: {
      // Filters not named go back to "all": the command says the whole filter state, so sending it
      // twice, or after the reader changed a filter, always gives the same view.
      const params = new URLSearchParams(serializeView({ ...current, filters: emptyFilters, source: null }))
      for (const [key, value] of Object.entries(command.filters)) {
        if (value === null) continue
        if (typeof value === 'string') params.set(key, value)
        else if (value.length > 0) params.set(key, value.join(','))
      }
      const parsed = parseView(`?${params.toString()}`)
      return parsed.problems.length === 0 ? keepEmbedding(parsed.view) : null
    }
    case messageTypes.setView: {
      const params = new URLSearchParams(command.view)
      if (reservedParams.some((param) => params.has(param))) return null
      const parsed = parseView(command.view)
      if (parsed.problems.length > 0) return null
      // A host that names only the content keeps the reader's language and theme from the embed URL.
      return keepEmbedding({
        ...parsed.view,
        lang: params.has('lang') ? parsed.view.lang : current.lang,
        theme: params.has('theme') ? parsed.view.theme : current.theme,
      })
    }
  }
}
