import { screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { tabs } from '@/view-state/view'
import { renderApp } from '../render-app'

// A tab that fails while drawing: its selector throws, as a bug in it would.
vi.mock('@/features/nev/select-nev', () => ({
  selectNev: () => {
    throw new Error('selectNev broke')
  },
  nevChartUnits: ['vehicles', 'percent', 'enterprises'],
}))

describe('a tab that cannot be drawn', () => {
  beforeEach(() => {
    // React reports the caught error on the console; the page is what this test reads.
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })

  it('shows an error in its place, saying what broke, while the other tabs keep working', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(en['error.tab.title'])).toBeInTheDocument()
    expect(alert).toHaveTextContent('selectNev broke')
    expect(screen.getAllByRole('tab')).toHaveLength(tabs.length)

    await user.click(screen.getByRole('tab', { name: en['tab.finance'] }))
    expect(await screen.findByRole('heading', { name: en['finance.title'] })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
