import { screen, waitFor, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { figureParts, formatFigure } from '@/i18n/format'
import { interpolate } from '@/i18n/i18n'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { must } from '../../fixtures/must'
import { bodyRows } from '../../table-rows'

const data = loadDataset()
const headlines = data.facts.filter((fact) => fact.isHeadline)
const tradeTitle = en['overview.trade.title']
const headlineItems = async () => [
  ...(await screen.findByRole('region', { name: en['overview.headlines'] })).querySelectorAll(':scope > ul > li'),
]
/** Opens a filter's dropdown, as a reader does before choosing in it. */
const openFilter = async (user: { click: (element: Element) => Promise<void> }, name: RegExp) =>
  user.click(await screen.findByRole('button', { name }))
const tradeBars = () =>
  screen.getByRole('figure', { name: tradeTitle }).querySelectorAll('.static-chart-wide .static-bar')

describe('Overview tab', () => {
  it('is the tab a plain link opens', async () => {
    renderApp()
    expect(await screen.findByRole('tab', { name: en['tab.overview'] })).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('heading', { name: en['overview.title'] })).toBeInTheDocument()
  })

  it('opens with every headline figure as a large number, its qualifier in words', async () => {
    renderApp({ url: '/?tab=overview' })
    const items = await headlineItems()
    expect(items).toHaveLength(headlines.length)
    headlines.forEach((fact, index) => {
      const { qualifier, value } = figureParts(fact, 'en')
      expect(items[index]).toHaveTextContent(value)
      if (qualifier) expect(items[index]).toHaveTextContent(qualifier)
    })
    expect(screen.getByText('1,600 enterprises')).toBeInTheDocument()
  })

  it('opens a headline figure’s source: the quote and who said it', async () => {
    const fact = headlines.find((f) => f.qualifier === 'more than')
    if (fact?.kind !== 'reported' && fact?.kind !== 'target')
      throw new Error('the fixture has no stated "more than" headline')
    const speaker = must(
      data.speakers.find((s) => s.id === fact.speaker),
      fact.speaker,
    )
    const { user } = renderApp()
    await headlineItems()
    await user.click(screen.getByRole('button', { name: interpolate(en['source.openFor'], { label: fact.label.en }) }))
    const dialog = await screen.findByRole('dialog', { name: fact.label.en })
    expect(within(dialog).getByText(fact.quote, { exact: false })).toBeVisible()
    // The speaker's line under the quote; the figure's sentence to copy names them too.
    expect(within(dialog).getAllByText(speaker.name.en, { exact: false })[0]).toBeVisible()
  })

  it('links to the article the figures come from', async () => {
    renderApp()
    const links = await screen.findAllByRole('link', { name: en['source.openPage'] })
    expect(links.map((link) => link.getAttribute('href'))).toContain(data.meta.article.url)
  })

  it('narrows the trade chart to one speaker, keeps the headline figures, and writes it to the link', async () => {
    const { user } = renderApp()
    await screen.findByRole('figure', { name: tradeTitle })
    const before = tradeBars().length
    await openFilter(user, /^Speaker: All/)
    await user.click(await screen.findByRole('radio', { name: /^Fan Lixin/ }))
    await waitFor(() => expect(tradeBars().length).toBeLessThan(before))
    expect(await headlineItems()).toHaveLength(headlines.length)
    expect(currentParams().get('speaker')).toBe('fan-lixin')
  })

  it('disables a speaker with nothing on this tab, showing the 0', async () => {
    const { user } = renderApp()
    await openFilter(user, /^Speaker: All/)
    const zhangYan = await screen.findByRole('radio', { name: /^Zhang Yan/ })
    expect(zhangYan).toBeDisabled()
    expect(zhangYan.closest('label')).toHaveTextContent('(0)')
    expect(screen.getByRole('radio', { name: /^Fan Lixin/ })).toBeEnabled()
  })

  it('counts the derived growth sentences under the kind they are', async () => {
    const { user } = renderApp()
    await openFilter(user, /^Kind: All/)
    const derived = await screen.findByRole('checkbox', { name: /^Derived/ })
    expect(derived).toBeEnabled()
    expect(derived.closest('label')).not.toHaveTextContent('(0)')
  })

  it('says where a speaker’s figures are when a link’s filters leave nothing here', async () => {
    const { user } = renderApp({ url: '/?speaker=zhang-yan' })
    const empty = await screen.findByText(interpolate(en['filter.speakerElsewhere'], { speaker: 'Zhang Yan' }), {
      exact: false,
    })
    await user.click(within(empty).getByRole('link', { name: new RegExp(en['tab.clusters']) }))
    expect(currentParams().get('tab')).toBe('clusters')
  })

  it('removes a filter by its chip', async () => {
    const { user } = renderApp({ url: '/?kind=target' })
    const chips = await screen.findByRole('list', { name: en['filter.active'] })
    await user.click(
      within(chips).getByRole('button', {
        name: interpolate(en['filter.remove'], { filter: en['filter.kind'], value: en['kind.target'] }),
      }),
    )
    expect(currentParams().has('kind')).toBe(false)
  })

  it('links each speaker to the tab of what they spoke on most', async () => {
    const { user } = renderApp()
    const region = await screen.findByRole('region', { name: en['overview.speakers'] })
    for (const speaker of data.speakers) expect(within(region).getByText(speaker.name.en)).toBeInTheDocument()
    await user.click(
      within(region).getByRole('link', { name: interpolate(en['overview.openTab'], { tab: en['tab.nev'] }) }),
    )
    expect(currentParams().get('tab')).toBe('nev')
    expect(await screen.findByRole('heading', { name: en['nev.title'] })).toBeInTheDocument()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tabpanel')))
  })

  it('tables the trade levels, smallest first', async () => {
    renderApp({ url: '/?show=table' })
    const table = await screen.findByRole('table', { name: tradeTitle })
    const rows = bodyRows(table)
    const trade = data.facts
      .filter((f) => f.topic === 'trade' && f.unit === 'yuan' && f.kind !== 'derived')
      .sort((a, b) => a.value - b.value)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(trade.map((f) => f.label.en))
    trade.forEach((fact, i) => expect(rows[i]).toHaveTextContent(formatFigure(fact, 'en')))
  })
})
