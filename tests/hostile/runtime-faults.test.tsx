import { act, render, screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { ChartFrame } from '@/charts/chart-frame'
import { en } from '@/i18n/en'
import { I18nProvider } from '@/i18n/i18n'
import { datasetWith } from '../fixtures/dataset'
import { failNetwork, serveJson, serveStatus } from '../fixtures/responses'
import { currentParams, renderApp } from '../render-app'
import { shownText } from '../shown'
import { frameInHost, heightMessages } from '../frame-in-host'

/**
 * Faults after the first load. A look for a newer dataset that fails (offline, a server error, a
 * hung server, a broken replacement file) leaves the figures on screen with a notice and a retry;
 * transient failures are tried again with growing pauses. A chart that throws shows its own error
 * box; the rest of the page works. An embed keeps telling its host its height through all of it.
 */

const STALE_AFTER_MS = 10 * 60_000
/** The dataset query's pauses before its 2nd, 3rd and 4th tries (dataset-query.ts: 1 s, 2 s, 4 s). */
const PAUSES_MS = [1000, 2000, 4000]
const TIMEOUT_MS = 20_000

/** A fetch that never answers until its signal aborts, as a hung server. */
const hang: (url?: unknown, init?: RequestInit) => Promise<Response> = (_url, init) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
  })

/** AbortSignal.timeout on the fake clock (the platform's own ignores it), as tests/data/dataset-query.test.ts does. */
function fakeTimeoutSignals() {
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), ms)
    return controller.signal
  })
}

/** The reader comes back to the tab after the dataset has gone stale: the query looks again. */
async function comeBackLater() {
  await act(() => vi.advanceTimersByTimeAsync(STALE_AFTER_MS + 1))
  act(() => {
    window.dispatchEvent(new Event('visibilitychange'))
  })
}

type Fault = {
  name: string
  respond: (url?: unknown, init?: RequestInit) => Promise<Response>
  reason: string
  tries: number
}

const faults: Fault[] = [
  { name: 'offline', respond: failNetwork(), reason: en['error.network.title'], tries: 4 },
  { name: 'HTTP 500', respond: serveStatus(500), reason: en['error.http.title'], tries: 4 },
  { name: 'a hung server (timeout)', respond: hang, reason: en['error.timeout.title'], tries: 4 },
  {
    name: 'a broken replacement file',
    respond: serveJson(datasetWith('facts[0].value', 'many')),
    reason: en['error.schema.title'],
    tries: 1,
  },
]

describe('a dataset refresh that fails after the first load', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    fakeTimeoutSignals()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it.each(faults)('keeps the view and says so, with a retry: $name', async ({ respond, reason, tries }) => {
    const { fetch, user } = renderApp({ url: '/?tab=nev&kind=reported' })
    await screen.findByRole('heading', { level: 2, name: en['nev.title'] })
    const panel = screen.getByRole('tabpanel')
    await waitFor(() => expect(within(panel).getAllByRole('figure').length).toBeGreaterThan(0))
    const shown = shownText(panel)
    const search = window.location.search
    expect(fetch).toHaveBeenCalledTimes(1)

    const triedAt: number[] = []
    fetch.mockImplementation((url, init) => {
      triedAt.push(Date.now())
      return respond(url, init)
    })
    await comeBackLater()
    await act(() => vi.advanceTimersByTimeAsync(4 * TIMEOUT_MS + 60_000))

    const notice = (await screen.findByText(en['refresh.title'])).closest('[role="status"]') as HTMLElement
    expect(notice).toHaveTextContent(reason)
    expect(triedAt).toHaveLength(tries)
    // Each pause longer than the last, and at least as long as the query's backoff says.
    const gaps = triedAt.slice(1).map((at, i) => at - (triedAt[i] ?? at))
    gaps.forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(PAUSES_MS[i] ?? 0)
      if (i > 0) expect(gap).toBeGreaterThan(gaps[i - 1] ?? 0)
    })

    // Nothing the reader had is lost: the same figures, the same filter, the same link.
    expect(shownText(screen.getByRole('tabpanel'))).toBe(shown)
    expect(window.location.search).toBe(search)
    expect(currentParams().get('kind')).toBe('reported')
    expect(screen.queryByRole('alert')).toBeNull()

    fetch.mockImplementation(serveJson())
    await user.click(within(notice).getByRole('button', { name: en['error.retry'] }))
    await waitFor(() => expect(screen.queryByText(en['refresh.title'])).toBeNull())
    expect(shownText(screen.getByRole('tabpanel'))).toBe(shown)
  })
})

// ---- a chart that throws ----

function Broken(): never {
  throw new Error('<img src=x onerror=alert(1)> the drawing failed')
}

function Counter() {
  const [count, setCount] = useState(0)
  return <button onClick={() => setCount((n) => n + 1)}>Clicked {count} times</button>
}

function frame(title: string, chart: React.ReactNode) {
  return (
    <ChartFrame
      title={title}
      question="What does it show?"
      unitLabel="Vehicles"
      display="chart"
      chart={chart}
      table={<table aria-label={`${title} table`} />}
      summary={`${title} summary`}
      citations={[]}
      sourceDate="2023-01-13"
      isEmpty={false}
      download={{ tab: 'nev', chart: 'output', data: { kind: 'figures', rows: [] } }}
    />
  )
}

describe('a chart that throws', () => {
  beforeEach(() => {
    // React reports the caught error on the console; the box on the page is what this checks.
    vi.spyOn(console, 'error').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('shows its own error box in its frame; its frame, the other charts and the page keep working', async () => {
    const user = (await import('@testing-library/user-event')).default.setup()
    render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider locale="en">
          {frame('Broken chart', <Broken />)}
          {frame('Working chart', <p>The working drawing</p>)}
          <Counter />
        </I18nProvider>
      </QueryClientProvider>,
    )
    const broken = screen.getByRole('figure', { name: 'Broken chart' })
    expect(within(broken).getByText(en['error.chart.title'])).toBeInTheDocument()
    // The error's words are shown as text, cut short.
    expect(broken).toHaveTextContent('<img src=x onerror=alert(1)> the drawing failed')
    expect(broken.querySelector('img')).toBeNull()
    // The frame around the box stays: title, question, summary.
    expect(within(broken).getByRole('heading', { name: 'Broken chart' })).toBeInTheDocument()
    expect(within(broken).getByText('What does it show?')).toBeInTheDocument()

    const working = screen.getByRole('figure', { name: 'Working chart' })
    expect(within(working).getByText('The working drawing')).toBeInTheDocument()
    expect(within(working).queryByText(en['error.chart.title'])).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Clicked 0 times' }))
    expect(screen.getByRole('button', { name: 'Clicked 1 times' })).toBeInTheDocument()
  })
})

// ---- an embed through errors ----

const HOST = 'https://intranet.example'

describe('an embed whose dataset refresh fails', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('keeps its content, says so, and keeps posting its height, also after a command', async () => {
    const { host, postMessage } = frameInHost()
    const { fetch } = renderApp({ url: `/?tab=nev&chart=output&embed=1&host=${HOST}` })
    await screen.findByRole('figure', { name: en['nev.output.title'] })
    await waitFor(() => expect(heightMessages(postMessage).length).toBeGreaterThan(0))

    fetch.mockImplementation(serveStatus(503))
    await comeBackLater()
    await act(() => vi.advanceTimersByTimeAsync(60_000))
    expect(await screen.findByText(en['refresh.title'])).toBeInTheDocument()
    expect(screen.getByRole('figure', { name: en['nev.output.title'] })).toBeInTheDocument()

    const before = heightMessages(postMessage).length
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type: 'cq-dashboard:set-tab', version: 1, tab: 'finance' },
          origin: HOST,
          source: host,
        }),
      )
    })
    await waitFor(() => expect(heightMessages(postMessage).length).toBeGreaterThan(before))
    expect(heightMessages(postMessage).at(-1)?.[0]).toMatchObject({ view: `?tab=finance&embed=1&host=${HOST}` })
    expect(screen.getByText(en['refresh.title'])).toBeInTheDocument()
  })
})
