// @vitest-environment node
import { selectFinance } from '@/features/finance/select-finance'
import { emptyFilters, financeCategories } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const proposalItems = data.lists
  .filter((list) => list.topic === 'finance' && list.category === 'proposal')
  .flatMap((list) => list.items)
const servingLists = data.lists.filter((list) => list.topic === 'finance' && list.proposal !== undefined)
const itemsOf = (lists: typeof servingLists) => lists.reduce((sum, list) => sum + list.items.length, 0)

describe('selectFinance', () => {
  it('gives each proposal with the centres and platforms that serve it, counted by item', () => {
    const finance = selectFinance(data, filters())
    expect(finance.proposals.map((p) => p.id)).toEqual(proposalItems.map((item) => item.id))
    for (const proposal of finance.proposals) {
      const serving = servingLists.filter((list) => list.proposal === proposal.id)
      expect(proposal.lists.map((row) => row.id)).toEqual(serving.map((list) => list.id))
      for (const category of financeCategories) {
        expect(proposal.counts[category], `${proposal.id} ${category}`).toBe(
          itemsOf(serving.filter((l) => l.category === category)),
        )
      }
    }
    expect(finance.total).toBe(itemsOf(servingLists))
    expect(finance.shown).toBe(finance.total)
  })

  it('narrows to one proposal', () => {
    const proposal = must(proposalItems[0], 'a proposal').id
    const finance = selectFinance(data, filters({ proposal }))
    expect(finance.proposals.map((p) => p.id)).toEqual([proposal])
    expect(finance.shown).toBe(itemsOf(servingLists.filter((list) => list.proposal === proposal)))
  })

  it('narrows to one category of what is to be built', () => {
    const finance = selectFinance(data, filters({ category: ['platform'] }))
    for (const proposal of finance.proposals) {
      expect(proposal.counts.centre).toBe(0)
      expect(proposal.lists.every((row) => row.list.category === 'platform')).toBe(true)
    }
    expect(finance.shown).toBe(itemsOf(servingLists.filter((list) => list.category === 'platform')))
  })

  it('counts nothing for a proposal with nothing of the chosen category', () => {
    const withoutPlatform = must(
      proposalItems.find(
        (item) => !servingLists.some((list) => list.proposal === item.id && list.category === 'platform'),
      ),
      'a proposal without platforms',
    )
    const finance = selectFinance(data, filters({ proposal: withoutPlatform.id, category: ['platform'] }))
    expect(finance.shown).toBe(0)
    expect(finance.proposals).toMatchObject([{ id: withoutPlatform.id, counts: { centre: 0, platform: 0 }, lists: [] }])
  })

  it('counts, for each choice, the items choosing it would show given the other filter', () => {
    for (const category of [[], ['centre'], ['platform']] as const) {
      const finance = selectFinance(data, filters({ category: [...category] }))
      for (const item of finance.proposalChoices) {
        expect(finance.proposalCounts.get(item.id) ?? 0, `${item.id} ${category.join()}`).toBe(
          selectFinance(data, filters({ category: [...category], proposal: item.id })).shown,
        )
      }
    }
    for (const proposal of [null, ...proposalItems.map((item) => item.id)]) {
      const finance = selectFinance(data, filters({ proposal }))
      for (const category of financeCategories) {
        expect(finance.categoryCounts.get(category) ?? 0, `${category} ${proposal}`).toBe(
          selectFinance(data, filters({ proposal, category: [category] })).shown,
        )
      }
    }
  })

  it('cites the proposals and every list it shows', () => {
    const finance = selectFinance(data, filters({ category: ['centre'] }))
    const cited = new Set(finance.citations.map((row) => row.id))
    for (const proposal of finance.proposals) for (const row of proposal.lists) expect(cited.has(row.id)).toBe(true)
    expect(finance.citations.some((row) => row.list.category === 'proposal')).toBe(true)
  })
})
