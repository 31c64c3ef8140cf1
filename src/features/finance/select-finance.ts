import type { Dataset, ListItem, LocalText } from '@/data/schema'
import { countBy, indexDataset, matchesAny, toFigureRow } from '@/data/select-figures'
import { toListRow, type ListRow } from '@/data/select-lists'
import { financeCategories, type Filters } from '@/view-state/view'

type FinanceFilters = Pick<Filters, 'proposal' | 'category'>
type FinanceCategory = (typeof financeCategories)[number]

/** A proposal in the speaker's words, and the centres and platforms that serve it. */
export type ProposalRow = {
  id: string
  label: LocalText
  item: ListItem
  proposals: ListRow
  lists: ListRow[]
  counts: Record<FinanceCategory, number>
}

const isFinanceCategory = (category: string): category is FinanceCategory =>
  (financeCategories as readonly string[]).includes(category)

export function selectFinance(data: Dataset, filters: FinanceFilters) {
  const index = indexDataset(data)
  const lists = data.lists.filter((list) => list.topic === 'finance').map((list) => toListRow(list, index))
  const proposalLists = lists.filter((row) => row.list.category === 'proposal')
  const servingLists = lists.filter((row) => row.list.proposal !== undefined && isFinanceCategory(row.list.category))

  const matches = (row: ListRow, ignore?: keyof FinanceFilters) =>
    (ignore === 'proposal' || filters.proposal === null || row.list.proposal === filters.proposal) &&
    (ignore === 'category' || matchesAny<string>(filters.category, row.list.category))

  const proposals: ProposalRow[] = proposalLists.flatMap((proposals) =>
    proposals.list.items
      .filter((item) => filters.proposal === null || item.id === filters.proposal)
      .map((item) => {
        const serving = servingLists.filter((row) => row.list.proposal === item.id && matches(row))
        const counts = { centre: 0, platform: 0 }
        for (const row of serving) {
          if (isFinanceCategory(row.list.category)) counts[row.list.category] += row.list.items.length
        }
        return { id: item.id, label: item.label, item, proposals, lists: serving, counts }
      }),
  )
  const shownLists = servingLists.filter((row) => matches(row))
  const itemCount = (rows: ListRow[]) => rows.reduce((sum, row) => sum + row.list.items.length, 0)

  return {
    total: itemCount(servingLists),
    shown: itemCount(shownLists),
    proposals,
    citations: [...proposalLists, ...shownLists],
    figures: data.facts.filter((fact) => fact.topic === 'finance').map((fact) => toFigureRow(fact, index)),
    proposalChoices: proposalLists.flatMap((row) => row.list.items),
    proposalCounts: countBy(
      servingLists.filter((row) => matches(row, 'proposal')).flatMap((row) => row.list.items.map(() => row)),
      (row) => (row.list.proposal ? [row.list.proposal] : []),
    ),
    categoryCounts: countBy(
      servingLists.filter((row) => matches(row, 'category')).flatMap((row) => row.list.items.map(() => row)),
      (row) => [row.list.category],
    ),
  }
}
