import { screen, waitFor } from '@testing-library/react'
import { en } from '@/i18n/en'
import { renderApp } from '../render-app'

/**
 * The notice of what a link's parts were ignored, in the two modes whose layout loads lazily. This
 * file must stay on its own: it needs the embed and presenter code not yet loaded, as on a real
 * first visit.
 *
 * The app keeps what it ignored above the lazy layouts, so the notice appears however late they load.
 */
describe('a link with parts ignored, opened in a lazily loaded mode', () => {
  it('says so in an embed', async () => {
    renderApp({ url: '/?tab=nev&embed=1&foo=1' })
    await screen.findByRole('heading', { level: 1 })
    await waitFor(() => expect(window.location.search).toBe('?tab=nev&embed=1'))
    expect(await screen.findByText(en['notice.ignored.title'], {}, { timeout: 1000 })).toBeInTheDocument()
  })

  it('says so on a slide, and keeps saying it', async () => {
    renderApp({ url: '/?present=1&foo=1' })
    await screen.findByRole('region', { name: /^Slide \d+ of \d+$/ })
    await waitFor(() => expect(window.location.search).toBe('?present=1'))
    expect(await screen.findByText(en['notice.ignored.title'], {}, { timeout: 1000 })).toBeInTheDocument()
  })
})
