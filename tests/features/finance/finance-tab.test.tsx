import { screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { must } from '../../fixtures/must'
import { bodyRows } from '../../table-rows'

const data = loadDataset()
const proposals = data.lists
  .filter((list) => list.topic === 'finance' && list.category === 'proposal')
  .flatMap((l) => l.items)
const serving = data.lists.filter((list) => list.topic === 'finance' && list.proposal !== undefined)
const title = en['finance.proposals']
const countOf = (proposal: string, category?: string) =>
  serving
    .filter((list) => list.proposal === proposal && (category === undefined || list.category === category))
    .reduce((sum, list) => sum + list.items.length, 0)
/** Opens a filter's dropdown, as a reader does before choosing in it. */
const openFilter = async (user: { click: (element: Element) => Promise<void> }, name: RegExp) =>
  user.click(await screen.findByRole('button', { name }))

describe('Finance proposals tab', () => {
  it('shows the proposals side by side, each in the speaker’s words with what it would build', async () => {
    renderApp({ url: '/?tab=finance' })
    const frame = await screen.findByRole('figure', { name: title })
    for (const proposal of proposals) {
      const heading = within(frame).getByRole('heading', { name: proposal.label.en })
      const column = must(heading.closest('li'), `the column of ${proposal.id}`)
      if (proposal.quote) expect(within(column).getByText(proposal.quote, { exact: false })).toBeVisible()
      for (const list of serving.filter((l) => l.proposal === proposal.id)) {
        for (const item of list.items) expect(column).toHaveTextContent(item.label.en)
      }
    }
  })

  it('tables each centre and platform with its proposal', async () => {
    renderApp({ url: '/?tab=finance&show=table' })
    const table = await screen.findByRole('table', { name: title })
    const rows = bodyRows(table)
    expect(rows).toHaveLength(proposals.reduce((sum, p) => sum + countOf(p.id), 0))
    for (const row of rows) {
      const item = within(row).getByRole('rowheader').textContent
      const list = must(
        serving.find((l) => l.items.some((i) => i.label.en === item)),
        `the list of ${item}`,
      )
      const proposal = must(
        proposals.find((p) => p.id === list.proposal),
        `the proposal of ${item}`,
      )
      expect(row).toHaveTextContent(proposal.label.en)
    }
  })

  it('shows only the chosen type, and writes it to the link', async () => {
    const { user } = renderApp({ url: '/?tab=finance&show=table' })
    await openFilter(user, /^Type: All/)
    await user.click(await screen.findByRole('checkbox', { name: new RegExp(`^${en['category.platform']}`) }))
    expect(currentParams().get('category')).toBe('platform')
    const rows = bodyRows(screen.getByRole('table', { name: title }))
    expect(rows).toHaveLength(proposals.reduce((sum, p) => sum + countOf(p.id, 'platform'), 0))
    for (const row of rows) expect(row).toHaveTextContent(en['category.platform'])
  })

  it('says where the figures are when a link’s filters leave nothing here', async () => {
    const without = must(
      proposals.find((p) => countOf(p.id, 'platform') === 0),
      'a proposal without platforms',
    )
    renderApp({ url: `/?tab=finance&proposal=${without.id}&category=platform` })
    expect(await screen.findByText(en['chart.empty'])).toBeInTheDocument()
    expect(screen.queryByRole('figure', { name: title })).not.toBeInTheDocument()
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
