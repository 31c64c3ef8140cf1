import { act, screen, waitFor, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { slideChannelName } from '@/present/presenter-view/slide-channel'
import { parseView } from '@/view-state/parse-view'
import { currentParams, renderApp } from '../render-app'

// Slide 3 of the default deck: the Overview's trade chart, after the title slide and the headlines.
const url = '/?present=1&presenter=1&slide=3'

describe('the presenter view', () => {
  it('shows where the talk is, what comes next, and what to say', async () => {
    renderApp({ url })
    expect(await screen.findByRole('heading', { name: en['presenterView.title'], level: 1 })).toBeInTheDocument()
    expect(screen.getByText(/^Slide 3 of \d+$/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /Current slide/ })).toHaveTextContent(en['overview.trade.title'])
    expect(screen.getByRole('heading', { name: /Next slide/ })).toHaveTextContent(en['clusters.headlines'])
    const points = screen.getByRole('region', { name: en['presenterView.points'] })
    // The trade chart's summary, from the data.
    await waitFor(() => expect(points).toHaveTextContent(/Fan Lixin set these goals: to exceed 1 trillion yuan/))
    expect(within(points).getByRole('heading', { name: en['presenterView.quotes'] })).toBeInTheDocument()
  })

  it('moves with the keys, says so to the other window, and follows it', async () => {
    const { user } = renderApp({ url })
    await screen.findByText(/^Slide 3 of \d+$/)
    const other = new BroadcastChannel(slideChannelName(parseView('?present=1').view))
    const heard: unknown[] = []
    other.addEventListener('message', (event) => heard.push(event.data))
    try {
      await user.keyboard('{PageDown}')
      expect(currentParams().get('slide')).toBe('4')
      await waitFor(() => expect(heard).toContainEqual({ type: 'cq-dashboard:slide', version: 1, slide: 4 }))

      act(() => other.postMessage({ type: 'cq-dashboard:slide', version: 1, slide: 5 }))
      expect(await screen.findByText(/^Slide 5 of \d+$/)).toBeInTheDocument()
      expect(currentParams().get('slide')).toBe('5')
    } finally {
      other.close()
    }
  })
})
