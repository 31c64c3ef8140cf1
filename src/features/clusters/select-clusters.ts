import type { Dataset, LocalText } from '@/data/schema'
import { tiers, type FactKind, type Tier, type Topic } from '@/data/vocabulary'
import { countBy, indexDataset, matchesAny, toFigureRow, type FigureRow } from '@/data/select-figures'
import { toListRow, type ListRow } from '@/data/select-lists'
import type { Filters } from '@/view-state/view'
import { topicTabs } from '@/view-state/topic-tabs'
import { memoizeByDataset, memoizeSelector } from '@/data/memoize-selector'

type ClustersFilters = Pick<Filters, 'region' | 'tier' | 'kind'>
export type TierKey = Tier | 'none'

/** Counts of named clusters and fields in one category, split by area. */
export type AreaCounts<K extends string = string> = {
  key: K
  label?: LocalText
  byRegion: Record<string, number>
  total: number
}

const drawnCategories = new Set(['cluster', 'field'])
const tabTopics = new Set(
  Object.entries(topicTabs).flatMap(([topic, tab]) => (tab === 'clusters' ? [topic as Topic] : [])),
)

type Entry =
  | { row: ListRow; kind: FactKind; region: string; tier: TierKey }
  | { fact: FigureRow; kind: FactKind; region: string; tier: null }

function matches(entry: Entry, filters: ClustersFilters, ignore?: keyof ClustersFilters) {
  return (
    (ignore === 'region' || filters.region === null || entry.region === filters.region) &&
    (ignore === 'kind' || matchesAny(filters.kind, entry.kind)) &&
    (ignore === 'tier' ||
      filters.tier.length === 0 ||
      (entry.tier !== null && entry.tier !== 'none' && filters.tier.includes(entry.tier)))
  )
}

/** Everything the Industrial clusters tab shows: the lists, the zone figures, and the counts drawn from them. */
/** What the tab could show, whatever the filters: built once per dataset. */
export const selectClustersScope = memoizeByDataset((data: Dataset) => {
  const index = indexDataset(data)
  const entries: Entry[] = [
    ...data.lists
      .filter((list) => tabTopics.has(list.topic))
      .map((list) => ({
        row: toListRow(list, index),
        kind: list.kind,
        region: list.region,
        tier: list.tier ?? ('none' as const),
      })),
    ...data.facts
      .filter((fact) => tabTopics.has(fact.topic))
      .map((fact) => ({ fact: toFigureRow(fact, index), kind: fact.kind, region: fact.region, tier: null })),
  ]
  const regionIds = [...new Set(entries.map((entry) => entry.region))]
  return {
    entries,
    regions: regionIds.map((id) => ({ id, label: index.regions.get(id) ?? { en: id, zh: id } })),
    tiersPresent: tiers.filter((tier) => entries.some((e) => e.tier === tier)),
  }
})

export const selectClusters = memoizeSelector((data: Dataset, filters: ClustersFilters) => {
  const { entries, regions, tiersPresent } = selectClustersScope(data)
  const shown = entries.filter((entry) => matches(entry, filters))
  const lists = shown.flatMap((entry) => ('row' in entry ? [entry.row] : []))
  const facts = shown.flatMap((entry) => ('fact' in entry ? [entry.fact] : []))
  const drawn = lists.filter((row) => drawnCategories.has(row.list.category))

  return {
    total: entries.length,
    shown: shown.length,
    lists,
    facts,
    regions,
    byTier: countByTier(drawn),
    recurring: selectRecurringItems(drawn),
    regionCounts: countBy(
      entries.filter((e) => matches(e, filters, 'region')),
      (e) => [e.region],
    ),
    kindCounts: countBy(
      entries.filter((e) => matches(e, filters, 'kind')),
      (e) => [e.kind],
    ),
    tierCounts: countBy(
      entries.filter((e) => matches(e, filters, 'tier')),
      (e) => (e.tier === null ? [] : [e.tier]),
    ),
    tiersPresent,
  }
})

/** Named items per tier, by area; tiers in the schema's order, from the largest scale down. */
function countByTier(rows: ListRow[]): AreaCounts<TierKey>[] {
  const order: TierKey[] = [...tiers, 'none']
  return order.flatMap((tier) => {
    const inTier = rows.filter((row) => (row.list.tier ?? 'none') === tier)
    if (inTier.length === 0) return []
    const byRegion: Record<string, number> = {}
    for (const row of inTier) byRegion[row.list.region] = (byRegion[row.list.region] ?? 0) + row.list.items.length
    return [{ key: tier, byRegion, total: sum(byRegion) }]
  })
}

/** Industries named in two or more lists: what several plans agree on. Same item id, same industry. */
export function selectRecurringItems(rows: ListRow[]): AreaCounts[] {
  const found = new Map<string, AreaCounts>()
  for (const row of rows) {
    for (const item of row.list.items) {
      const entry = found.get(item.id) ?? { key: item.id, label: item.label, byRegion: {}, total: 0 }
      entry.byRegion[row.list.region] = (entry.byRegion[row.list.region] ?? 0) + 1
      entry.total += 1
      found.set(item.id, entry)
    }
  }
  return [...found.values()].filter((entry) => entry.total >= 2).sort((a, b) => b.total - a.total)
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)
