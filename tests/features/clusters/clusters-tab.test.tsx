import { screen, within } from '@testing-library/react'
import type { Tier } from '@/data/schema'
import { enAll as en } from '@/i18n/en-on-demand'
import { topicTabs } from '@/view-state/topic-tabs'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { must } from '../../fixtures/must'
import { bodyRows } from '../../table-rows'

const data = loadDataset()
const tabLists = data.lists.filter((list) => topicTabs[list.topic] === 'clusters')
const drawn = tabLists.filter((list) => list.category === 'cluster' || list.category === 'field')
const items = (lists: typeof drawn) => lists.reduce((sum, list) => sum + list.items.length, 0)
const byTierTitle = en['clusters.byTier.title']
const tierLabel = (tier: Tier | undefined) => (tier ? en[`tier.${tier}`] : en['tier.none'])

const rowFor = (table: HTMLElement, header: string) =>
  bodyRows(table).find((row) => within(row).getByRole('rowheader').textContent === header)
const listHeadings = () =>
  within(screen.getByRole('region', { name: en['clusters.lists'] }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)

describe('Industrial clusters tab', () => {
  it('tables the named clusters and fields by tier, with each tier’s total', async () => {
    renderApp({ url: '/?tab=clusters&show=table' })
    const table = await screen.findByRole('table', { name: byTierTitle })
    const tiers = [...new Set(drawn.map((list) => list.tier))]
    expect(bodyRows(table)).toHaveLength(tiers.length)
    for (const tier of tiers) {
      const row = rowFor(table, tierLabel(tier))
      const total = items(drawn.filter((list) => list.tier === tier))
      expect(
        within(must(row, tierLabel(tier)))
          .getAllByRole('cell')
          .at(-1),
      ).toHaveTextContent(String(total))
    }
  })

  it('tables the industries that more than one list names', async () => {
    renderApp({ url: '/?tab=clusters&show=table' })
    const table = await screen.findByRole('table', { name: en['clusters.recurring.title'] })
    const naming = (id: string) => drawn.filter((list) => list.items.some((item) => item.id === id)).length
    const recurring = new Map(
      drawn
        .flatMap((list) => list.items)
        .filter((item) => naming(item.id) > 1)
        .map((item) => [item.id, item]),
    )
    expect(bodyRows(table)).toHaveLength(recurring.size)
    for (const [id, item] of recurring) {
      expect(
        within(must(rowFor(table, item.label.en), item.label.en))
          .getAllByRole('cell')
          .at(-1),
      ).toHaveTextContent(String(naming(id)))
    }
  })

  it('shows every list as named, each with its quote one click away', async () => {
    const { user } = renderApp({ url: '/?tab=clusters' })
    await screen.findByRole('region', { name: en['clusters.lists'] })
    expect(listHeadings()).toEqual(tabLists.map((list) => list.label.en))

    const first = must(tabLists[0], 'a list')
    const card = must(screen.getByRole('heading', { name: first.label.en, level: 3 }).closest('li'), 'its card')
    const quote = within(card).getByText(first.quote, { exact: false })
    expect(quote).not.toBeVisible()
    await user.click(within(card).getByText(en['chart.quotes.one']))
    expect(quote).toBeVisible()
  })

  it('narrows to one area with the area radio and writes it to the link', async () => {
    const { user } = renderApp({ url: '/?tab=clusters&show=table' })
    await user.click(await screen.findByRole('radio', { name: /^Liangjiang New Area/ }))
    expect(currentParams().get('region')).toBe('liangjiang')
    expect(listHeadings()).toEqual(tabLists.filter((list) => list.region === 'liangjiang').map((list) => list.label.en))
  })

  it('narrows the tier table to the chosen tier', async () => {
    const { user } = renderApp({ url: '/?tab=clusters&show=table' })
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(`^${en['tier.trillion-level']}`) }))
    expect(currentParams().get('tier')).toBe('trillion-level')
    const rows = bodyRows(screen.getByRole('table', { name: byTierTitle }))
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([en['tier.trillion-level']])
  })

  it('keeps the charts’ frames and says why when nothing matches', async () => {
    renderApp({ url: '/?tab=clusters&kind=context&tier=trillion-level' })
    const frame = await screen.findByRole('figure', { name: byTierTitle })
    expect(within(frame).getByText(en['chart.empty'])).toBeInTheDocument()
  })
})
