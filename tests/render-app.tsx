import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { App } from '@/app/app'
import { serveJson, type Responder } from './fixtures/responses'

/**
 * Renders the whole app as a reader opens it: from a URL, with a fresh QueryClient and fetch
 * answering with the fixture dataset unless told otherwise.
 */
export function renderApp({ url = '/', respond = serveJson() }: { url?: string; respond?: Responder } = {}) {
  window.history.replaceState(null, '', url)
  const fetch = vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>(respond)
  vi.stubGlobal('fetch', fetch)
  // Nothing retries by default; the dataset query keeps its own retries of transient failures, with
  // pauses that the tests of those failures skip on a fake clock.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const user = userEvent.setup()
  const result = render(
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>,
  )
  return { ...result, user, fetch }
}

/** The query string the app has written, as params. */
export const currentParams = () => new URLSearchParams(window.location.search)
