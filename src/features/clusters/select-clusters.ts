import type { Dataset, LocalText } from '@/data/schema'
import { tiers, type FactKind, type Tier, type Topic } from '@/data/vocabulary'
import {
  countBy,
  indexDataset,
  matchesAny,
  toFigureRow,
  toStatementRow,
  type FigureRow,
  type StatementRow,
} from '@/data/select-figures'
import { toListRow, type ListRow } from '@/data/select-lists'
import type { Filters } from '@/view-state/view'
import { topicTabs } from '@/view-state/topic-tabs'
import { slidePartCount } from '@/view-state/slide-parts'

type ClustersFilters = Pick<Filters, 'region' | 'tier' | 'kind'>

/** An industry (the same item id in two lists is the same industry) and the lists, of those shown, that name it. */
export type MatrixRow = { id: string; label: LocalText; listIds: Set<string> }

/** Lists of industries: the matrix's columns. Products, parks, centres and the like are not industries. */
const industryCategories = new Set(['cluster', 'field'])
const tabTopics = new Set(
  Object.entries(topicTabs).flatMap(([topic, tab]) => (tab === 'clusters' ? [topic as Topic] : [])),
)

type Entry =
  | { row: ListRow; kind: FactKind; region: string; tier: Tier | null }
  | { fact: FigureRow; kind: FactKind; region: string; tier: null }
  | { statement: StatementRow; kind: FactKind; region: string; tier: null }

function matches(entry: Entry, filters: ClustersFilters, ignore?: keyof ClustersFilters) {
  return (
    (ignore === 'region' || filters.region === null || entry.region === filters.region) &&
    (ignore === 'kind' || matchesAny(filters.kind, entry.kind)) &&
    (ignore === 'tier' || filters.tier.length === 0 || (entry.tier !== null && filters.tier.includes(entry.tier)))
  )
}

/**
 * The Industrial clusters tab: its headline figures, which no filter hides; then what the filters
 * apply to and count, the named lists, the industries against the lists that name them (matrix),
 * and the other figures and statements (claims without a number, shown as text).
 */
export function selectClusters(data: Dataset, filters: ClustersFilters) {
  const index = indexDataset(data)
  const entries: Entry[] = [
    ...data.lists
      .filter((list) => tabTopics.has(list.topic))
      .map((list) => ({ row: toListRow(list, index), kind: list.kind, region: list.region, tier: list.tier ?? null })),
    ...data.facts
      .filter((fact) => tabTopics.has(fact.topic) && !fact.isHeadline)
      .map((fact) => ({ fact: toFigureRow(fact, index), kind: fact.kind, region: fact.region, tier: null })),
    ...data.statements
      .filter((statement) => tabTopics.has(statement.topic))
      .map((statement) => ({
        statement: toStatementRow(statement, index),
        kind: statement.kind,
        region: statement.region,
        tier: null,
      })),
  ]
  const shown = entries.filter((entry) => matches(entry, filters))
  const lists = shown.flatMap((entry) => ('row' in entry ? [entry.row] : []))
  const regionIds = [...new Set(entries.map((entry) => entry.region))]

  return {
    total: entries.length,
    shown: shown.length,
    headlines: data.facts
      .filter((fact) => tabTopics.has(fact.topic) && fact.isHeadline)
      .map((fact) => toFigureRow(fact, index)),
    facts: shown.flatMap((entry) => ('fact' in entry ? [entry.fact] : [])),
    statements: shown.flatMap((entry) => ('statement' in entry ? [entry.statement] : [])),
    lists,
    ...selectMatrix(lists.filter((row) => industryCategories.has(row.list.category))),
    regions: regionIds.map((id) => ({ id, label: index.regions.get(id) ?? { en: id, zh: id } })),
    tiersPresent: tiers.filter((tier) => entries.some((e) => e.tier === tier)),
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
  }
}

/**
 * Industries against the lists that name them: the lists in the tab's order of areas (city-wide
 * first) and, within an area, by tier from the largest scale down; the industries by how many lists
 * name them, most first, then in the order the lists name them.
 */
export function selectMatrix(lists: ListRow[]): { columns: ListRow[]; industries: MatrixRow[] } {
  const areaOrder = [...new Set(lists.map((row) => row.list.region))]
  const tierOrder = (row: ListRow) => (row.list.tier ? tiers.indexOf(row.list.tier) : tiers.length)
  const columns = [...lists].sort(
    (a, b) => areaOrder.indexOf(a.list.region) - areaOrder.indexOf(b.list.region) || tierOrder(a) - tierOrder(b),
  )
  const industries = new Map<string, MatrixRow>()
  for (const column of columns) {
    for (const item of column.list.items) {
      const row = industries.get(item.id) ?? { id: item.id, label: item.label, listIds: new Set<string>() }
      row.listIds.add(column.id)
      industries.set(item.id, row)
    }
  }
  const named = [...industries.values()]
  const firstNamed = new Map(named.map((row, order) => [row.id, order]))
  return {
    columns,
    industries: named.sort(
      (a, b) => b.listIds.size - a.listIds.size || (firstNamed.get(a.id) ?? 0) - (firstNamed.get(b.id) ?? 0),
    ),
  }
}

/** The matrix rows a slide has room for at a legible size; the rest continue on the next slides. */
export const MATRIX_ROWS_PER_SLIDE = 5

/** On how many slides the matrix of a view continues. */
export function matrixSlideCount(data: Dataset, filters: ClustersFilters): number {
  return slidePartCount(selectClusters(data, filters).industries.length, MATRIX_ROWS_PER_SLIDE)
}
