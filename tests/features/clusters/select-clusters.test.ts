// @vitest-environment node
import { factKinds, type FactKind, type Tier } from '@/data/vocabulary'
import { indexDataset } from '@/data/select-figures'
import { toListRow } from '@/data/select-lists'
import { selectClusters, selectMatrix } from '@/features/clusters/select-clusters'
import { topicTabs } from '@/view-state/topic-tabs'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const onTab = (topic: keyof typeof topicTabs) => topicTabs[topic] === 'clusters'
const tabLists = data.lists.filter((list) => onTab(list.topic))
const tabFacts = data.facts.filter((fact) => onTab(fact.topic) && !fact.isHeadline)
const headlineFacts = data.facts.filter((fact) => onTab(fact.topic) && fact.isHeadline)
const tabStatements = data.statements.filter((statement) => onTab(statement.topic))
const drawnLists = tabLists.filter((list) => list.category === 'cluster' || list.category === 'field')

describe('selectClusters', () => {
  it('shows the lists and figures of the tab’s topics, its headline figures apart, and nothing from other tabs', () => {
    const clusters = selectClusters(data, filters())
    expect(clusters.lists.map((row) => row.id)).toEqual(tabLists.map((list) => list.id))
    expect(clusters.facts.map((row) => row.id)).toEqual(tabFacts.map((fact) => fact.id))
    expect(clusters.headlines.map((row) => row.id)).toEqual(headlineFacts.map((fact) => fact.id))
    expect(clusters.statements.map((row) => row.id)).toEqual(tabStatements.map((statement) => statement.id))
    expect(tabStatements.length).toBeGreaterThan(0)
    expect(clusters.total).toBe(tabLists.length + tabFacts.length + tabStatements.length)
  })

  it('puts the lists of industries in the matrix, city-wide first, by tier from the largest scale down', () => {
    const { columns } = selectClusters(data, filters())
    expect(new Set(columns.map((row) => row.id))).toEqual(new Set(drawnLists.map((list) => list.id)))
    expect(columns[0]?.id).toBe('trillion-level-clusters')
    const areas = columns.map((row) => row.list.region)
    expect(areas).toEqual([...areas].sort((a, b) => areas.indexOf(a) - areas.indexOf(b)))
  })

  it('narrows lists, figures and the matrix to the chosen area', () => {
    const clusters = selectClusters(data, filters({ region: 'liangjiang' }))
    expect(clusters.lists.length).toBeGreaterThan(0)
    expect(clusters.lists.every((row) => row.list.region === 'liangjiang')).toBe(true)
    expect(clusters.facts.every((row) => row.regionId === 'liangjiang')).toBe(true)
    expect(clusters.columns.every((row) => row.list.region === 'liangjiang')).toBe(true)
  })

  it('narrows to the chosen tiers; figures, which have no tier, drop out', () => {
    const tier: Tier[] = ['trillion-level', 'emerging']
    const clusters = selectClusters(data, filters({ tier }))
    expect(clusters.lists.map((row) => row.id)).toEqual(
      tabLists.filter((l) => l.tier && tier.includes(l.tier)).map((l) => l.id),
    )
    expect(clusters.facts).toEqual([])
  })

  it('shows nothing when the filters leave nothing', () => {
    const clusters = selectClusters(data, filters({ kind: ['context'], tier: ['trillion-level'] }))
    expect(clusters).toMatchObject({ shown: 0, lists: [], facts: [], columns: [], industries: [] })
  })

  it('offers only the tiers that occur', () => {
    const { tiersPresent } = selectClusters(data, filters())
    expect(new Set(tiersPresent)).toEqual(new Set(tabLists.flatMap((list) => (list.tier ? [list.tier] : []))))
  })

  it('counts, for each choice, what choosing it would show given the other filters', () => {
    const others: Partial<typeof emptyFilters>[] = [
      {},
      { region: 'chongqing' },
      { kind: ['target'] },
      { tier: ['characteristic'] },
    ]
    for (const other of others) {
      const clusters = selectClusters(data, filters(other))
      const label = JSON.stringify(other)
      for (const { id } of clusters.regions) {
        expect(clusters.regionCounts.get(id) ?? 0, `${id} ${label}`).toBe(
          selectClusters(data, filters({ ...other, region: id })).shown,
        )
      }
      for (const kind of factKinds) {
        expect(clusters.kindCounts.get(kind) ?? 0, `${kind} ${label}`).toBe(
          selectClusters(data, filters({ ...other, kind: [kind as FactKind] })).shown,
        )
      }
      for (const tier of clusters.tiersPresent) {
        expect(clusters.tierCounts.get(tier) ?? 0, `${tier} ${label}`).toBe(
          selectClusters(data, filters({ ...other, tier: [tier] })).shown,
        )
      }
    }
  })
})

describe('selectMatrix', () => {
  const index = indexDataset(data)
  const rows = drawnLists.map((list) => toListRow(list, index))
  const naming = (id: string) => drawnLists.filter((list) => list.items.some((item) => item.id === id))

  it('has a row for every industry named, with the lists that name it', () => {
    const { industries } = selectMatrix(rows)
    const ids = new Set(drawnLists.flatMap((list) => list.items.map((item) => item.id)))
    expect(new Set(industries.map((row) => row.id))).toEqual(ids)
    for (const industry of industries) {
      expect(industry.listIds, industry.id).toEqual(new Set(naming(industry.id).map((list) => list.id)))
    }
  })

  it('puts the industries named by most lists first', () => {
    const counts = selectMatrix(rows).industries.map((row) => row.listIds.size)
    expect(counts).toEqual([...counts].sort((a, b) => b - a))
    expect(counts[0]).toBeGreaterThan(1)
  })

  it('finds each industry in one list only, given one list', () => {
    expect(selectMatrix(rows.slice(0, 1)).industries.every((row) => row.listIds.size === 1)).toBe(true)
  })
})
