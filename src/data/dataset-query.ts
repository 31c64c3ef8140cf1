import { queryOptions } from '@tanstack/react-query'
import { DatasetError } from '@/data/dataset-error'
import { datasetFingerprint } from '@/data/dataset-fingerprint'
import type { Dataset } from '@/data/schema'

/** Relative to the page, never '/data/…': the app may be served under any sub-path. */
export const DATASET_URL = 'data/dataset.json'

/** Long enough for a slow intranet link, short enough that a hung request becomes a message. */
const TIMEOUT_MS = 20_000

/** The dataset as validated, and the fingerprint of the file it came from (see main.tsx). */
export type FetchedDataset = { dataset: Dataset; fingerprint: string }

export async function fetchDataset(url: string = DATASET_URL, signal?: AbortSignal): Promise<FetchedDataset> {
  // The validation code (the schema library with it) is not the first view's: it loads beside the file.
  const parser = import('@/data/parse-dataset')
  parser.catch(() => {}) // a failure is reported where it is awaited, below
  const timeout = AbortSignal.timeout(TIMEOUT_MS)
  let response: Response
  let body: string
  try {
    response = await fetch(url, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json' },
    })
    body = response.ok ? await response.text() : ''
  } catch (error) {
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new DatasetError('timeout', `${url}: no answer within ${TIMEOUT_MS / 1000} s`)
    throw new DatasetError('network', `${url}: ${error instanceof Error ? error.message : 'the request failed'}`)
  }
  if (response.status === 404) throw new DatasetError('not-found', `${url}: HTTP 404`, { status: 404 })
  if (!response.ok) throw new DatasetError('http', `${url}: HTTP ${response.status}`, { status: response.status })

  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    throw new DatasetError('malformed-json', `${url}: ${error instanceof Error ? error.message : 'not JSON'}`)
  }
  let parse: typeof import('@/data/parse-dataset')
  try {
    parse = await parser
  } catch (error) {
    // The code can fail to arrive like the file itself (a flaky link, a redeployment that renamed
    // it): a network failure, which is retried, not an unknown error.
    throw new DatasetError(
      'network',
      `the code that checks ${url} did not load: ${error instanceof Error ? error.message : 'failed'}`,
    )
  }
  return { dataset: parse.parseDataset(json, body), fingerprint: datasetFingerprint(body) }
}

/** Failures that may mend themselves: the network, a timeout, a server error. A 404 or a broken file will not. */
function isTransient(error: unknown): boolean {
  if (!(error instanceof DatasetError)) return false
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500)
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchDataset(DATASET_URL, signal),
  // A deployment may replace the file without rebuilding: look again when the reader comes back to
  // the page after a while. A failed look keeps the figures already shown (see DatasetRefreshNotice).
  staleTime: 10 * 60_000,
  refetchOnWindowFocus: true,
  refetchOnReconnect: true,
  retry: (failures, error) => isTransient(error) && failures < 3,
  retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
  select: (fetched: FetchedDataset): Dataset => fetched.dataset,
})
