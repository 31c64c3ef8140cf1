// @vitest-environment node
import { QueryClient } from '@tanstack/react-query'
import { DatasetError } from '@/data/dataset-error'
import { DATASET_URL, datasetQuery, fetchDataset } from '@/data/dataset-query'
import { datasetWith, loadDataset } from '../fixtures/dataset'
import { failNetwork, serveJson, serveStatus, serveText, type Responder } from '../fixtures/responses'

function stubFetch(respond: Responder | ((url?: unknown, init?: RequestInit) => Promise<Response>)) {
  const fetch = vi.fn(respond)
  vi.stubGlobal('fetch', fetch)
  return fetch
}

async function errorOf(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(DatasetError)
  return error as DatasetError
}

describe('fetchDataset', () => {
  it('fetches the dataset by a relative URL, so the app works under any sub-path', async () => {
    const fetch = stubFetch(serveJson())
    const { dataset } = await fetchDataset()
    expect(dataset.facts).toHaveLength(loadDataset().facts.length)
    expect(fetch).toHaveBeenCalledWith(DATASET_URL, expect.anything())
    expect(DATASET_URL).not.toMatch(/^\//)
  })

  it('tells a missing file (404) from other HTTP errors', async () => {
    stubFetch(serveStatus(404))
    expect(await errorOf(fetchDataset())).toMatchObject({ kind: 'not-found', status: 404 })
    stubFetch(serveStatus(503))
    expect(await errorOf(fetchDataset())).toMatchObject({ kind: 'http', status: 503 })
  })

  it('reports an unreachable server as a network error', async () => {
    stubFetch(failNetwork())
    expect((await errorOf(fetchDataset())).kind).toBe('network')
  })

  it('reports a body that is not JSON as malformed, naming the file', async () => {
    stubFetch(serveText('{not json'))
    const error = await errorOf(fetchDataset())
    expect(error.kind).toBe('malformed-json')
    expect(error.message).toContain(DATASET_URL)
  })

  it('reports JSON that does not match the schema with the failing paths', async () => {
    stubFetch(serveJson(datasetWith('facts[0].value', 'many')))
    const error = await errorOf(fetchDataset())
    expect(error.kind).toBe('schema')
    expect(error.problems.map((problem) => problem.path)).toEqual(['facts[0].value'])
  })

  it('keeps the file as read on a schema error, so the error panel can give each problem its line', async () => {
    const json = datasetWith('facts[0].value', 'many')
    stubFetch(serveJson(json))
    expect((await errorOf(fetchDataset())).text).toBe(JSON.stringify(json))
  })

  it('passes an abort through as it is, not as a dataset error', async () => {
    const controller = new AbortController()
    controller.abort()
    const abort = new DOMException('aborted', 'AbortError')
    stubFetch(() => Promise.reject(abort))
    await expect(fetchDataset(DATASET_URL, controller.signal)).rejects.toBe(abort)
  })
})

describe('fetchDataset with a hung server', () => {
  afterEach(() => vi.useRealTimers())

  it('gives up waiting and says the request timed out', async () => {
    vi.useFakeTimers()
    // Node's own AbortSignal.timeout ignores fake clocks; this one runs on them.
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController()
      setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), ms)
      return controller.signal
    })
    stubFetch(
      (_url?: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        ),
    )
    const result = errorOf(fetchDataset())
    await vi.advanceTimersByTimeAsync(60_000)
    expect((await result).kind).toBe('timeout')
  })
})

describe('datasetQuery', () => {
  afterEach(() => vi.useRealTimers())

  /** Runs the query to its end, skipping the pauses between tries. */
  async function runQuery() {
    vi.useFakeTimers()
    const result = new QueryClient().fetchQuery(datasetQuery).then(
      () => 'ok',
      () => 'failed',
    )
    await vi.runAllTimersAsync()
    return result
  }

  it('tries a failure that may mend itself again before giving up: the network, a server error', async () => {
    for (const respond of [failNetwork(), serveStatus(503)]) {
      const fetch = stubFetch(respond)
      expect(await runQuery()).toBe('failed')
      expect(fetch.mock.calls.length).toBeGreaterThan(1)
    }
  })

  it('shows the dataset when a second try succeeds', async () => {
    const fetch = stubFetch(failNetwork())
    fetch.mockImplementationOnce(failNetwork()).mockImplementation(serveJson())
    expect(await runQuery()).toBe('ok')
  })

  it('does not retry what will not mend itself: a 404, a broken file', async () => {
    for (const respond of [serveStatus(404), serveText('{not json'), serveJson({})]) {
      const fetch = stubFetch(respond)
      expect(await runQuery()).toBe('failed')
      expect(fetch).toHaveBeenCalledTimes(1)
    }
  })
})
