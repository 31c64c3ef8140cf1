import { render, screen, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { I18nProvider } from '@/i18n/i18n'
import type { Citation } from '@/charts/citation'
import { QuoteList } from '@/charts/quote-list'
import { must } from '../fixtures/must'

const citations = (count: number): Citation[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `fact-${i}`,
    label: { en: `Figure ${i}`, zh: `数字 ${i}` },
    source: {
      kind: 'context',
      publisher: { en: 'A yearbook', zh: '年鉴' },
      url: 'https://example.org/',
      quote: `Quote ${i}`,
    },
    notes: [],
  }))

const queryClient = new QueryClient()
const inApp = (list: Citation[]) => (
  <QueryClientProvider client={queryClient}>
    <I18nProvider locale="en">
      <QuoteList citations={list} />
    </I18nProvider>
  </QueryClientProvider>
)
const renderList = (count: number) => render(inApp(citations(count)))
const quotesShown = () => screen.queryAllByRole('listitem').length

describe('the quotes behind a chart', () => {
  it('are in the page from the start when there are few, so find-in-page reaches them', () => {
    renderList(7)
    expect(screen.getByText('Show the 7 quotes')).toBeInTheDocument()
    expect(quotesShown()).toBe(7)
    expect(screen.getByText('“Quote 6”')).toBeInTheDocument()
  })

  it('are written only when opened when there are thousands, then fifty at a time', async () => {
    const user = userEvent.setup()
    renderList(3534)
    expect(quotesShown()).toBe(0)

    await user.click(screen.getByText('Show the 3,534 quotes'))
    expect(quotesShown()).toBe(50)
    expect(within(must(screen.getAllByRole('listitem')[0], 'a first quote')).getByText('Figure 0')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Show 50 more of 3,534' }))
    expect(quotesShown()).toBe(100)
    expect(screen.getByText('Figure 99')).toBeInTheDocument()
  })

  it('offer only what is left on the last page, and hand the focus to the first new quote', async () => {
    const user = userEvent.setup()
    renderList(60)
    await user.click(screen.getByText('Show the 60 quotes'))
    await user.click(screen.getByRole('button', { name: 'Show 10 more of 60' }))
    expect(quotesShown()).toBe(60)
    expect(screen.queryByRole('button', { name: /more of/ })).not.toBeInTheDocument()
    // The button is gone with the last page; the keyboard carries on from the quotes it added.
    expect(document.activeElement).toBe(screen.getAllByRole('listitem')[50])
  })

  it('start again at one page when the chart shows other figures', async () => {
    const user = userEvent.setup()
    const { rerender } = render(inApp(citations(300)))
    await user.click(screen.getByText('Show the 300 quotes'))
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 300' }))
    expect(quotesShown()).toBe(100)

    rerender(inApp(citations(200).reverse()))
    expect(quotesShown()).toBe(50)
    expect(screen.getByRole('button', { name: 'Show 50 more of 200' })).toBeInTheDocument()
  })

  it('write a long list opened before the page was taken over', () => {
    // The browser opened the prerendered <details> before React was there to see the toggle.
    const open = vi.spyOn(HTMLDetailsElement.prototype, 'open', 'get').mockReturnValue(true)
    renderList(300)
    open.mockRestore()
    expect(quotesShown()).toBe(50)
  })
})
