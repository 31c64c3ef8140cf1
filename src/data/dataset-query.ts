import { queryOptions } from '@tanstack/react-query'
import { DatasetError } from '@/data/dataset-error'
import { parseDataset } from '@/data/parse-dataset'

/** Relative to the page, never '/data/…': the app may be served under any sub-path. */
export const DATASET_URL = 'data/dataset.json'

export async function fetchDataset(url: string = DATASET_URL, signal?: AbortSignal) {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetError('network', `${url}: ${error instanceof Error ? error.message : 'the request failed'}`)
  }
  if (response.status === 404) throw new DatasetError('not-found', `${url}: HTTP 404`, { status: 404 })
  if (!response.ok) throw new DatasetError('http', `${url}: HTTP ${response.status}`, { status: response.status })

  const body = await response.text()
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    throw new DatasetError('malformed-json', `${url}: ${error instanceof Error ? error.message : 'not JSON'}`)
  }
  return parseDataset(json)
}

export const datasetQuery = queryOptions({
  queryKey: ['dataset'],
  queryFn: ({ signal }) => fetchDataset(DATASET_URL, signal),
  // A static file: it cannot change while the page is open.
  staleTime: Infinity,
  // A network blip deserves another try; a 404 or a broken file will not mend itself.
  retry: (failures, error) => error instanceof DatasetError && error.kind === 'network' && failures < 2,
})
