import { factKinds, tiers, topics, type FactKind, type ListCategory, type Tier, type Topic } from '@/data/vocabulary'

export const tabs = ['overview', 'clusters', 'nev', 'finance', 'all-figures'] as const
export type Tab = (typeof tabs)[number]

/**
 * A tab that is a reference table of every figure, not a view to brief from: it is never a slide
 * of a deck, nor embedded (a frame has no room for it, and its sandbox allows no downloads).
 */
export const isReferenceTab = (tab: Tab): boolean => tab === 'all-figures'

export const locales = ['en', 'zh'] as const
export type Locale = (typeof locales)[number]

export const themes = ['system', 'light', 'dark'] as const
type Theme = (typeof themes)[number]

export const displays = ['chart', 'table'] as const
export type Display = (typeof displays)[number]

export const financeCategories = ['centre', 'platform'] as const satisfies readonly ListCategory[]

/**
 * Filters belong to a tab: switching tabs starts from that tab's defaults, so a link shows exactly
 * what its author saw. An empty multi-choice means "all".
 */
export type Filters = {
  kind: FactKind[]
  speaker: string | null
  region: string | null
  tier: Tier[]
  proposal: string | null
  category: (typeof financeCategories)[number][]
  topic: Topic[]
  /** Text the rows must contain. */
  q: string | null
  /** A column, ascending, or `column:desc`; null keeps the dataset's order. */
  sort: string | null
}

export type FilterKey = keyof Filters

/** Which filters each tab offers, and so which query parameters it accepts. */
export const tabFilters: Record<Tab, readonly FilterKey[]> = {
  overview: ['kind', 'speaker'],
  clusters: ['region', 'tier', 'kind'],
  nev: ['kind', 'region'],
  finance: ['proposal', 'category'],
  'all-figures': ['kind', 'speaker', 'topic', 'q', 'sort'],
}

/** The allowed values of the multi-choice filters; single choices name dataset ids, checked after load. */
export const filterChoices = {
  kind: factKinds,
  tier: tiers,
  category: financeCategories,
  topic: topics,
} as const

/** The columns the All figures tab sorts by. */
export const sortColumns = ['label', 'value', 'kind', 'period', 'region', 'speaker', 'tab', 'notes'] as const
export type SortColumn = (typeof sortColumns)[number]

/**
 * The parts of each tab that can be shown alone: in an embed, on a presenter's slide, or as the
 * target of a link. Defined here, once, because the URL names them.
 */
export const tabCharts = {
  overview: ['headlines', 'trade', 'speakers'],
  clusters: ['headlines', 'matrix', 'zone-figures', 'lists'],
  nev: ['headlines', 'output', 'share'],
  finance: ['headlines', 'proposals'],
  'all-figures': [],
} as const satisfies Record<Tab, readonly string[]>
export type ChartId = (typeof tabCharts)[Tab][number]

export const modes = ['app', 'present', 'embed'] as const
export type Mode = (typeof modes)[number]

export type View = {
  tab: Tab
  lang: Locale
  theme: Theme
  display: Display
  filters: Filters
  /** Show only this part of the tab. */
  chart: ChartId | null
  /** The fact or list whose source panel is open. */
  source: string | null
  /** The fact whose bar is in the spotlight: the chart's other bars dim. */
  spotlight: string | null
  mode: Mode
  /** Present mode: the slide shown, counted from 1. */
  slide: number
  /** Present mode: the deck as view query strings; empty means the default deck. */
  deck: string[]
  /** Present mode: the presenter's own window (current and next slide, timer, talking points). */
  isPresenterView: boolean
  /** Embed mode: the one origin whose commands the embed accepts. */
  host: string | null
}

export const emptyFilters: Filters = {
  kind: [],
  speaker: null,
  region: null,
  tier: [],
  proposal: null,
  category: [],
  topic: [],
  q: null,
  sort: null,
}

export const defaultView: View = {
  tab: 'overview',
  lang: 'en',
  theme: 'system',
  display: 'chart',
  filters: emptyFilters,
  chart: null,
  source: null,
  spotlight: null,
  mode: 'app',
  slide: 1,
  deck: [],
  isPresenterView: false,
  host: null,
}
