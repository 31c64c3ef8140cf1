import { serveText } from '../fixtures/responses'

// The validator is its own chunk, loaded for a dataset the build did not check. If that chunk cannot
// be fetched (a flaky link, a redeployment that renamed it), the failure must read as a network
// failure, which the dataset query retries, not as an unknown error.
vi.mock('@/data/parse-dataset', () => {
  throw new Error('Failed to fetch dynamically imported module')
})

describe('a validator that does not load', () => {
  it('is reported as a network failure, which is retried', async () => {
    const { fetchDataset, isTransient } = await import('@/data/dataset-query')
    vi.stubGlobal('fetch', vi.fn(serveText('{"meta":{}}')))
    const failure: unknown = await fetchDataset().catch((error: unknown) => error)
    expect(failure).toMatchObject({ kind: 'network' })
    expect(isTransient(failure)).toBe(true)
  })
})
