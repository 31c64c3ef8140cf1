import type { Lang } from '../fixtures.ts'
import type { Catalog } from '../../../src/i18n/en.ts'

type TabId = 'overview' | 'clusters' | 'nev' | 'finance'

/** What each tab must show, and one filter that must change what is drawn. */
export type TabSpec = {
  id: TabId
  /** Its name in test titles, always English. */
  title: string
  label: keyof Catalog
  /** The label a phone shows (the tab's name stays the long label). */
  shortLabel: keyof Catalog
  /** The title of its headline figure cards (the region they are in). */
  headlines: keyof Catalog
  /** Known headline figures (the value as written, after its qualifier) that must be visible, per language. */
  figureTexts: Record<Lang, string[]>
  filter: { group: keyof Catalog; choice: keyof Catalog; param: string; value: string }
  /** Titles of figures drawn as their own table (the same in the chart and the table view). */
  ownTables: (keyof Catalog)[]
}

/**
 * The tabs of the matrix (tabs.spec.ts, narrow.spec.ts, …). All figures is not one of them: a table
 * of every figure with no charts or headline cards, it has a lean spec of its own, run once
 * (all-figures.spec.ts).
 */
export const TABS: readonly TabSpec[] = [
  {
    id: 'overview',
    title: 'Overview',
    label: 'tab.overview',
    shortLabel: 'tab.overview.short',
    headlines: 'overview.headlines',
    figureTexts: { en: ['1.1 trillion yuan', '45 enterprises'], zh: ['1.1万亿元', '45家'] },
    filter: { group: 'filter.kind', choice: 'kind.target', param: 'kind', value: 'target' },
    ownTables: [],
  },
  {
    id: 'clusters',
    title: 'Industrial clusters',
    label: 'tab.clusters',
    shortLabel: 'tab.clusters.short',
    headlines: 'clusters.headlines',
    figureTexts: { en: ['28%', '10 parks'], zh: ['28%', '10个'] },
    filter: { group: 'filter.kind', choice: 'kind.reported', param: 'kind', value: 'reported' },
    ownTables: ['clusters.matrix.title'],
  },
  {
    id: 'nev',
    title: 'NEV ecosystem',
    label: 'tab.nev',
    shortLabel: 'tab.nev.short',
    headlines: 'nev.headlines',
    figureTexts: {
      en: ['45 enterprises', '1,600 enterprises', '2.7 million vehicles'],
      zh: ['45家', '1600家', '270万辆'],
    },
    filter: { group: 'filter.kind', choice: 'kind.reported', param: 'kind', value: 'reported' },
    ownTables: [],
  },
  {
    id: 'finance',
    title: 'Finance proposals',
    label: 'tab.finance',
    shortLabel: 'tab.finance.short',
    headlines: 'finance.headlines',
    figureTexts: { en: ['3 proposals'], zh: ['3条'] },
    filter: { group: 'filter.category', choice: 'category.centre', param: 'category', value: 'centre' },
    ownTables: [],
  },
]

/** The tab's link as a reader would share it: overview is the default, so it has no ?tab=. */
export function tabUrl(tab: TabSpec, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...(tab.id === 'overview' ? {} : { tab: tab.id }), ...extra }).toString()
  return query ? `?${query}` : './'
}
