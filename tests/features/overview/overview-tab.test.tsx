import { screen, waitFor, within } from '@testing-library/react'
import { enAll as en } from '@/i18n/en-on-demand'
import { formatFigure } from '@/i18n/format'
import { interpolate } from '@/i18n/i18n'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { must } from '../../fixtures/must'
import { bodyRows } from '../../table-rows'

const data = loadDataset()
const headlines = data.facts.filter((fact) => fact.isHeadline)
const tradeTitle = en['overview.trade.title']
const cardsIn = async () =>
  within(await screen.findByRole('region', { name: en['overview.headlines'] })).queryAllByRole('article')

describe('Overview tab', () => {
  it('is the tab a plain link opens', async () => {
    renderApp()
    expect(await screen.findByRole('tab', { name: en['tab.overview'] })).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('heading', { name: en['overview.title'] })).toBeInTheDocument()
  })

  it('shows a card for each headline figure, worded with its qualifier', async () => {
    renderApp({ url: '/?tab=overview' })
    const cards = await cardsIn()
    expect(cards).toHaveLength(headlines.length)
    for (const fact of headlines) expect(screen.getByText(formatFigure(fact, 'en'))).toBeInTheDocument()
    expect(screen.getByText('more than 1,600 enterprises')).toBeInTheDocument()
  })

  it('opens a card’s source: the quote and who said it', async () => {
    const fact = headlines.find((f) => f.qualifier === 'more than')
    if (fact?.kind !== 'reported' && fact?.kind !== 'target')
      throw new Error('the fixture has no stated "more than" headline')
    const speaker = must(
      data.speakers.find((s) => s.id === fact.speaker),
      fact.speaker,
    )
    const { user } = renderApp()
    await cardsIn()
    await user.click(screen.getByRole('button', { name: interpolate(en['source.openFor'], { label: fact.label.en }) }))
    const dialog = await screen.findByRole('dialog', { name: fact.label.en })
    expect(within(dialog).getByText(fact.quote, { exact: false })).toBeVisible()
    expect(within(dialog).getByText(speaker.name.en, { exact: false })).toBeVisible()
  })

  it('links to the article the figures come from', async () => {
    renderApp()
    const links = await screen.findAllByRole('link', { name: en['source.openPage'] })
    expect(links.map((link) => link.getAttribute('href'))).toContain(data.meta.article.url)
  })

  it('narrows the cards to one speaker and writes it to the link', async () => {
    const speaker = must(
      data.speakers.find((s) => s.id === 'xu-lin'),
      'xu-lin',
    )
    const { user } = renderApp()
    await user.click(await screen.findByRole('radio', { name: new RegExp(`^${speaker.name.en}`) }))
    const expected = headlines.filter((f) => (f.kind === 'reported' || f.kind === 'target') && f.speaker === speaker.id)
    expect(await cardsIn()).toHaveLength(expected.length)
    expect(currentParams().get('speaker')).toBe(speaker.id)
  })

  it('says so when the filters from a link leave no headline figure', async () => {
    renderApp({ url: `/?kind=context&speaker=${must(data.speakers[0], 'a speaker').id}` })
    expect(await screen.findByText(en['overview.headlinesEmpty'])).toBeInTheDocument()
    expect(await cardsIn()).toHaveLength(0)
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
    // The link's own tab is now in the background: focus goes on to the tab shown, not to the page.
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
