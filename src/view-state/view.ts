import { factKinds, tiers, type FactKind, type ListCategory, type Tier } from '@/data/vocabulary'

export const tabs = ['overview', 'clusters', 'nev', 'finance'] as const
export type Tab = (typeof tabs)[number]

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
}

export type FilterKey = keyof Filters

/** Which filters each tab offers, and so which query parameters it accepts. */
export const tabFilters: Record<Tab, readonly FilterKey[]> = {
  overview: ['kind', 'speaker'],
  clusters: ['region', 'tier', 'kind'],
  nev: ['kind', 'region'],
  finance: ['proposal', 'category'],
}

/** The allowed values of the multi-choice filters; single choices name dataset ids, checked after load. */
export const filterChoices = {
  kind: factKinds,
  tier: tiers,
  category: financeCategories,
} as const

/**
 * The parts of each tab that can be shown alone: in an embed, on a presenter's slide, or as the
 * target of a link. Defined here, once, because the URL names them.
 */
export const tabCharts = {
  overview: ['headlines', 'trade', 'speakers'],
  clusters: ['headlines', 'matrix', 'zone-figures', 'lists'],
  nev: ['headlines', 'output', 'share'],
  finance: ['headlines', 'proposals'],
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
