import { screen, waitFor, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { currentParams, renderApp } from '../render-app'
import { isShown } from '../shown'
import { frameInHost } from '../frame-in-host'

/**
 * The whole app with one kind of chart broken (every figure bar chart throws while drawing): each
 * broken chart shows its own error box; the tab around it, its filters, its table view, the other
 * tabs and an embed's height messages all keep working.
 */

vi.mock('@/charts/figure-bar-chart', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/charts/figure-bar-chart')>()),
  FigureBarChart: () => {
    throw new Error('the bars could not be measured')
  },
}))

const HOST = 'https://intranet.example'

describe('a chart that throws, in the app', () => {
  beforeEach(() => {
    // React reports each caught error on the console; the boxes on the page are what this checks.
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows an error box in each broken chart’s frame while the tab, its filters and the other tabs work', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    await screen.findByRole('heading', { level: 2, name: en['nev.title'] })
    const figures = await screen.findAllByRole('figure')
    expect(figures.length).toBeGreaterThan(0)
    for (const figure of figures) {
      expect(within(figure).getByText(en['error.chart.title'])).toBeInTheDocument()
      expect(figure).toHaveTextContent('the bars could not be measured')
    }
    expect(screen.queryByText(en['error.tab.title'])).toBeNull()

    await user.click(screen.getAllByRole('button', { name: /^Kind: All/ }).filter(isShown)[0] as Element)
    await user.click(screen.getAllByRole('checkbox', { name: /^Reported/ }).filter(isShown)[0] as Element)
    await waitFor(() => expect(currentParams().get('kind')).toBe('reported'))
    expect(screen.getAllByText(en['error.chart.title']).filter(isShown).length).toBeGreaterThan(0)

    await user.click(screen.getByRole('tab', { name: en['tab.finance'] }))
    expect(await screen.findByRole('heading', { level: 2, name: en['finance.title'] })).toBeInTheDocument()
    expect(screen.queryAllByText(en['error.chart.title']).filter(isShown)).toEqual([])
  })

  it('shows the same figures as tables when the link asks for tables', async () => {
    renderApp({ url: '/?tab=nev&show=table' })
    await screen.findByRole('heading', { level: 2, name: en['nev.title'] })
    expect((await within(screen.getByRole('tabpanel')).findAllByRole('table')).length).toBeGreaterThan(0)
    expect(screen.queryAllByText(en['error.chart.title']).filter(isShown)).toEqual([])
  })

  // Switching to the table tries again: the table may work where the chart broke.
  it('shows the table when a broken chart is switched to its table', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    await screen.findAllByText(en['error.chart.title'])
    await user.click(screen.getByRole('radio', { name: en['chart.showTable'] }))
    await waitFor(() => expect(currentParams().get('show')).toBe('table'))
    await waitFor(() => expect(screen.queryAllByText(en['error.chart.title']).filter(isShown)).toEqual([]), {
      timeout: 1000,
    })
  })

  it('keeps an embed posting its height with a broken chart, and after a command', async () => {
    const { host, postMessage } = frameInHost()
    renderApp({ url: `/?tab=nev&chart=output&embed=1&host=${HOST}` })
    const figure = await screen.findByRole('figure', { name: en['nev.output.title'] })
    expect(within(figure).getByText(en['error.chart.title'])).toBeInTheDocument()
    const heights = () =>
      postMessage.mock.calls.filter(([message]) => (message as { type?: string }).type === 'cq-dashboard:height')
    await waitFor(() => expect(heights().length).toBeGreaterThan(0))
    const before = heights().length
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'cq-dashboard:set-tab', version: 1, tab: 'overview' },
        origin: HOST,
        source: host,
      }),
    )
    await waitFor(() => expect(heights().length).toBeGreaterThan(before))
    expect(heights().at(-1)?.[0]).toMatchObject({ type: 'cq-dashboard:height', version: 1 })
  })
})
