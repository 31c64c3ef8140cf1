import { screen, within } from '@testing-library/react'
import { enAll as en } from '@/i18n/en-on-demand'
import { financeCategories } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { must } from '../../fixtures/must'
import { bodyRows, headerAndLast } from '../../table-rows'

const data = loadDataset()
const proposals = data.lists
  .filter((list) => list.topic === 'finance' && list.category === 'proposal')
  .flatMap((l) => l.items)
const serving = data.lists.filter((list) => list.topic === 'finance' && list.proposal !== undefined)
const itemsTitle = en['finance.items.title']
const countOf = (proposal: string, category?: string) =>
  serving
    .filter((list) => list.proposal === proposal && (category === undefined || list.category === category))
    .reduce((sum, list) => sum + list.items.length, 0)

const totals = (table: HTMLElement) => Object.fromEntries(bodyRows(table).map(headerAndLast))

describe('Finance proposals tab', () => {
  it('tables what each proposal would build', async () => {
    renderApp({ url: '/?tab=finance&show=table' })
    const table = await screen.findByRole('table', { name: itemsTitle })
    expect(totals(table)).toEqual(Object.fromEntries(proposals.map((p) => [p.label.en, String(countOf(p.id))])))
  })

  it('counts only the chosen type, and writes it to the link', async () => {
    const { user } = renderApp({ url: '/?tab=finance&show=table' })
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(`^${en['category.platform']}`) }))
    expect(currentParams().get('category')).toBe('platform')
    const expected = proposals
      .filter((p) => countOf(p.id, 'platform') > 0)
      .map((p) => [p.label.en, String(countOf(p.id, 'platform'))])
    expect(totals(screen.getByRole('table', { name: itemsTitle }))).toEqual(Object.fromEntries(expected))
  })

  it('names each type of item in the chart’s legend, and only the chosen type when filtered', async () => {
    const legendOf = async () => {
      const frame = await screen.findByRole('figure', { name: itemsTitle })
      // The chart's own legend of its series, drawn by the page before the bars.
      const legend = within(frame).getByRole('list', { name: en['filter.category'] })
      return within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    }
    const { user } = renderApp({ url: '/?tab=finance' })
    expect(await legendOf()).toEqual(financeCategories.map((category) => en[`category.${category}`]))
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(`^${en['category.platform']}`) }))
    expect(await legendOf()).toEqual([en['category.platform']])
  })

  it('says so when a proposal has nothing of the chosen type', async () => {
    const without = must(
      proposals.find((p) => countOf(p.id, 'platform') === 0),
      'a proposal without platforms',
    )
    renderApp({ url: `/?tab=finance&show=table&proposal=${without.id}&category=platform` })
    const frame = await screen.findByRole('figure', { name: itemsTitle })
    expect(within(frame).getByText(en['chart.empty'])).toBeInTheDocument()
  })

  it('quotes each proposal in the speaker’s words', async () => {
    renderApp({ url: '/?tab=finance' })
    const region = await screen.findByRole('region', { name: en['finance.proposals'] })
    for (const proposal of proposals) {
      expect(within(region).getByRole('heading', { name: proposal.label.en })).toBeInTheDocument()
      if (proposal.quote) expect(within(region).getByText(proposal.quote, { exact: false })).toBeVisible()
    }
  })

  it('links a platform that is an area to that area on the clusters tab', async () => {
    const { user } = renderApp({ url: '/?tab=finance' })
    const [zoneLink] = await screen.findAllByRole('link', { name: en['finance.zoneLink'] })
    // A real address, so the link can also be opened in a new tab or copied.
    expect(zoneLink).toHaveAttribute('href', expect.stringMatching(/^\?tab=clusters&region=[a-z-]+$/))
    await user.click(must(zoneLink, 'a zone link'))
    expect(currentParams().get('tab')).toBe('clusters')
    const region = currentParams().get('region')
    expect(data.regions.map((r) => r.id)).toContain(region)
    expect(await screen.findByRole('tab', { name: en['tab.clusters'] })).toHaveAttribute('aria-selected', 'true')
  })
})
