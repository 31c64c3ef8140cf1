import { factKinds, tiers, type FactKind, type ListCategory, type Tier } from '@/data/schema'

export const tabs = ['overview', 'clusters', 'nev', 'finance'] as const
export type Tab = (typeof tabs)[number]

export const locales = ['en', 'zh'] as const
export type Locale = (typeof locales)[number]

export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

export const displays = ['chart', 'table'] as const
export type Display = (typeof displays)[number]

export const statedKinds = ['reported', 'target'] as const satisfies readonly FactKind[]
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

export type View = {
  tab: Tab
  lang: Locale
  theme: Theme
  display: Display
  filters: Filters
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
}
