import { screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { topicTabs } from '@/view-state/topic-tabs'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { must } from '../../fixtures/must'
import { bodyRows } from '../../table-rows'

const data = loadDataset()
const tabLists = data.lists.filter((list) => topicTabs[list.topic] === 'clusters')
const industryLists = tabLists.filter((list) => list.category === 'cluster' || list.category === 'field')
const matrixTitle = en['clusters.matrix.title']
/** The matrix's list columns: the header row's cells but the first (industry) and the last (count). */
const listColumns = (table: HTMLElement) => [...table.querySelectorAll('thead tr:last-child th')].slice(1, -1)
const naming = (id: string) => industryLists.filter((list) => list.items.some((item) => item.id === id))

const listHeadings = () =>
  within(screen.getByRole('region', { name: en['clusters.lists'] }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
/** Opens a filter's dropdown, as a reader does before choosing in it. */
const openFilter = async (user: { click: (element: Element) => Promise<void> }, name: RegExp) =>
  user.click(await screen.findByRole('button', { name }))

describe('Industrial clusters tab', () => {
  it('tables the industries against the lists that name them, with a dot where a list names one', async () => {
    renderApp({ url: '/?tab=clusters' })
    const table = await screen.findByRole('table', { name: matrixTitle })
    const columns = listColumns(table)
    expect(columns).toHaveLength(industryLists.length)
    const rows = bodyRows(table)
    const industries = new Map(industryLists.flatMap((list) => list.items.map((item) => [item.id, item])))
    expect(rows).toHaveLength(industries.size)
    for (const row of rows) {
      const label = within(row).getByRole('rowheader').textContent
      const item = must(
        [...industries.values()].find((candidate) => candidate.label.en === label),
        `${label} in the dataset`,
      )
      const named = naming(item.id)
      expect(within(row).getAllByText(en['clusters.matrix.isNamed'])).toHaveLength(named.length)
      expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(String(named.length))
    }
    expect(within(must(rows[0], 'a row')).getAllByRole('cell').at(-1)?.textContent).toBe(
      String(Math.max(...[...industries.keys()].map((id) => naming(id).length))),
    )
  })

  it('lists each industry with the lists that name it, for a phone', async () => {
    renderApp({ url: '/?tab=clusters' })
    const list = await screen.findByRole('list', { name: matrixTitle })
    const integrated = must(
      within(list)
        .getAllByRole('listitem')
        .find((item) => item.textContent?.startsWith('Integrated circuits')),
      'integrated circuits',
    )
    for (const named of naming('integrated-circuits')) expect(integrated).toHaveTextContent(named.label.en)
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

  it('narrows to one area and writes it to the link', async () => {
    const { user } = renderApp({ url: '/?tab=clusters' })
    await openFilter(user, /^Area: All/)
    await user.click(await screen.findByRole('radio', { name: /^Liangjiang New Area/ }))
    expect(currentParams().get('region')).toBe('liangjiang')
    expect(listHeadings()).toEqual(tabLists.filter((list) => list.region === 'liangjiang').map((list) => list.label.en))
    const table = screen.getByRole('table', { name: matrixTitle })
    expect(listColumns(table)).toHaveLength(industryLists.filter((list) => list.region === 'liangjiang').length)
  })

  it('narrows the matrix to the chosen tier', async () => {
    const { user } = renderApp({ url: '/?tab=clusters' })
    await openFilter(user, /^Tier: All/)
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(`^${en['tier.trillion-level']}`) }))
    expect(currentParams().get('tier')).toBe('trillion-level')
    const table = screen.getByRole('table', { name: matrixTitle })
    const trillion = must(
      industryLists.find((list) => list.tier === 'trillion-level'),
      'a trillion-level list',
    )
    expect(bodyRows(table)).toHaveLength(trillion.items.length)
  })

  it('says where the figures are when a link’s filters leave nothing here', async () => {
    renderApp({ url: '/?tab=clusters&kind=context&tier=trillion-level' })
    expect(await screen.findByText(en['chart.empty'])).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: matrixTitle })).not.toBeInTheDocument()
  })
})
