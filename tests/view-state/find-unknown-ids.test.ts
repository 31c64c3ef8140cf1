// @vitest-environment node
import { findUnknownIds } from '@/view-state/find-unknown-ids'
import { defaultView, emptyFilters, type View } from '@/view-state/view'
import { loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'

const data = loadDataset()
const withFilters = (tab: View['tab'], filters: Partial<View['filters']>): View => ({
  ...defaultView,
  tab,
  filters: { ...emptyFilters, ...filters },
})

describe('findUnknownIds', () => {
  it('keeps a view whose ids are all in the dataset', () => {
    const view = withFilters('nev', { region: must(data.regions[0], 'a region').id })
    expect(findUnknownIds(view, data)).toEqual({ view, problems: [] })
  })

  it('drops an unknown speaker, area or proposal, shows everything instead, and reports it', () => {
    const cases = [
      withFilters('overview', { speaker: 'nobody', kind: ['target'] }),
      withFilters('nev', { region: 'atlantis' }),
      withFilters('finance', { proposal: 'no-such-proposal' }),
    ]
    for (const view of cases) {
      const [param, value] = must(
        Object.entries(view.filters).find(([, v]) => typeof v === 'string'),
        'an id filter',
      )
      const checked = findUnknownIds(view, data)
      expect(checked.problems).toEqual([{ kind: 'unknown-id', param, value }])
      expect(checked.view.filters).toEqual({ ...view.filters, [param]: null })
    }
  })

  it('accepts as a proposal only an item of a proposal list', () => {
    const notProposal = must(
      data.lists.find((list) => list.category !== 'proposal')?.items[0],
      'an item of another list',
    ).id
    expect(findUnknownIds(withFilters('finance', { proposal: notProposal }), data).problems).toHaveLength(1)
  })

  it('keeps a figure in the spotlight, and drops and reports an id that is no figure', () => {
    const fact = must(data.facts[0], 'a fact').id
    const list = must(data.lists[0], 'a list').id
    expect(findUnknownIds({ ...defaultView, spotlight: fact }, data).problems).toEqual([])
    for (const value of ['no-such-figure', list]) {
      const checked = findUnknownIds({ ...defaultView, spotlight: value }, data)
      expect(checked.problems).toEqual([{ kind: 'unknown-id', param: 'spotlight', value }])
      expect(checked.view.spotlight).toBeNull()
    }
  })
})
