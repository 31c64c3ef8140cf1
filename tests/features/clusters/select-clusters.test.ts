// @vitest-environment node
import { factKinds, type FactKind, type Tier } from '@/data/vocabulary'
import { indexDataset } from '@/data/select-figures'
import { toListRow } from '@/data/select-lists'
import { selectClusters, selectRecurringItems } from '@/features/clusters/select-clusters'
import { topicTabs } from '@/view-state/topic-tabs'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const onTab = (topic: keyof typeof topicTabs) => topicTabs[topic] === 'clusters'
const tabLists = data.lists.filter((list) => onTab(list.topic))
const tabFacts = data.facts.filter((fact) => onTab(fact.topic))
const drawnLists = tabLists.filter((list) => list.category === 'cluster' || list.category === 'field')

describe('selectClusters', () => {
  it('shows the lists and zone figures of the tab’s topics, and nothing from other tabs', () => {
    const clusters = selectClusters(data, filters())
    expect(clusters.lists.map((row) => row.id)).toEqual(tabLists.map((list) => list.id))
    expect(clusters.facts.map((row) => row.id)).toEqual(tabFacts.map((fact) => fact.id))
    expect(clusters.total).toBe(tabLists.length + tabFacts.length)
  })

  it('counts the named clusters and fields of each tier by area, largest tier first', () => {
    const { byTier } = selectClusters(data, filters())
    const tierOrder = [...new Set(byTier.map((entry) => entry.key))]
    for (const entry of byTier) {
      const inTier = drawnLists.filter((list) => (list.tier ?? 'none') === entry.key)
      expect(entry.total, entry.key).toBe(inTier.reduce((sum, list) => sum + list.items.length, 0))
      for (const [region, count] of Object.entries(entry.byRegion)) {
        expect(count).toBe(inTier.filter((l) => l.region === region).reduce((sum, list) => sum + list.items.length, 0))
      }
    }
    expect(tierOrder.at(-1)).toBe('none')
    expect(tierOrder[0]).toBe('trillion-level')
  })

  it('narrows lists, figures and counts to the chosen area', () => {
    const clusters = selectClusters(data, filters({ region: 'liangjiang' }))
    expect(clusters.lists.length).toBeGreaterThan(0)
    expect(clusters.lists.every((row) => row.list.region === 'liangjiang')).toBe(true)
    expect(clusters.facts.every((row) => row.regionId === 'liangjiang')).toBe(true)
    expect(
      clusters.byTier.every((entry) => Object.keys(entry.byRegion).every((region) => region === 'liangjiang')),
    ).toBe(true)
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
    expect(clusters).toMatchObject({ shown: 0, lists: [], facts: [], byTier: [], recurring: [] })
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

describe('selectRecurringItems', () => {
  const index = indexDataset(data)
  const rows = drawnLists.map((list) => toListRow(list, index))

  it('keeps the items named in two or more lists, most often named first, counted by area', () => {
    const recurring = selectRecurringItems(rows)
    expect(recurring.length).toBeGreaterThan(0)
    for (const entry of recurring) {
      const naming = drawnLists.filter((list) => list.items.some((item) => item.id === entry.key))
      expect(entry.total, entry.key).toBe(naming.length)
      expect(entry.total).toBeGreaterThanOrEqual(2)
      expect(Object.values(entry.byRegion).reduce((a, b) => a + b, 0)).toBe(entry.total)
    }
    expect(recurring.map((entry) => entry.total)).toEqual(
      [...recurring.map((entry) => entry.total)].sort((a, b) => b - a),
    )
  })

  it('leaves out items named once', () => {
    const once = drawnLists
      .flatMap((list) => list.items)
      .filter((item, _i, all) => all.filter((other) => other.id === item.id).length === 1)
    expect(once.length).toBeGreaterThan(0)
    const keys = new Set(selectRecurringItems(rows).map((entry) => entry.key))
    for (const item of once) expect(keys.has(item.id), item.id).toBe(false)
  })

  it('finds nothing recurring in a single list', () => {
    expect(selectRecurringItems(rows.slice(0, 1))).toEqual([])
  })
})
