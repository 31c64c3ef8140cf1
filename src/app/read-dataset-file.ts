import type { Dataset } from '@/data/schema'
import { DatasetError } from '@/data/dataset-error'

/** A file shown in place of the published dataset, in this page only: nothing is uploaded or kept. */
export type Preview = { name: string; dataset: Dataset }

export type PreviewFailure =
  | { reason: 'too-large'; name: string; megabytes: string }
  | { reason: 'binary'; name: string }
  | { reason: 'not-json'; name: string; detail: string }
  | { reason: 'schema'; name: string; problems: string[] }

/** Larger than any dataset this app is meant to carry (the real one is 60 kB). */
const MAX_BYTES = 5 * 1024 * 1024

/**
 * Reads a dataset file chosen or dropped by a maintainer and validates it as the page validates the
 * published one, each problem at its line and column. A file too large, not text, or not JSON is
 * refused before it is parsed.
 */
export async function readDatasetFile(file: File): Promise<{ preview: Preview } | { failure: PreviewFailure }> {
  const { name } = file
  if (file.size > MAX_BYTES) return { failure: { reason: 'too-large', name, megabytes: (file.size / 1e6).toFixed(1) } }
  const bytes = new Uint8Array(await file.arrayBuffer())
  let text: string
  try {
    // A NUL byte or bytes that are not UTF-8: an image, an archive, a spreadsheet, not a text file.
    if (bytes.includes(0)) throw new TypeError('NUL byte')
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { failure: { reason: 'binary', name } }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { failure: { reason: 'not-json', name, detail: error instanceof Error ? error.message : String(error) } }
  }
  const [{ parseDataset }, { formatProblem, locateProblems }] = await Promise.all([
    import('@/data/parse-dataset'),
    import('@/data/locate-problems'),
  ])
  try {
    return { preview: { name, dataset: parseDataset(json, text) } }
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
    return { failure: { reason: 'schema', name, problems: locateProblems(error.problems, text).map(formatProblem) } }
  }
}
