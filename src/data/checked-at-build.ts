import { isSameDataset } from '@/data/dataset-fingerprint'

// The fingerprint of the dataset file the build validated (and prerendered from), if the page
// carries one: index.html's #root[data-prerendered], read once by main.tsx.
let checkedAtBuild: string | null = null

export function setDatasetCheckedAtBuild(fingerprint: string | null) {
  checkedAtBuild = fingerprint || null
}

/**
 * Whether `text` is exactly the file the build validated. The build writes the fingerprint only
 * for a dataset that passes validation and comes out of it unchanged, so that file needs no second
 * validation in the browser; any other file (one replaced after the build) is validated as ever.
 */
export function wasCheckedAtBuild(text: string): boolean {
  return checkedAtBuild !== null && isSameDataset(text, checkedAtBuild)
}

// The dataset last taken as the build's file: the very data the page was prerendered from.
let builtFrom: unknown = null // never what getQueryData returns for no data (undefined)

export function markAsBuiltFrom(data: unknown) {
  builtFrom = data
}

/** Whether `data` came from the file the build validated and prerendered from (main.tsx hydrates then). */
export const isBuiltFrom = (data: unknown) => data === builtFrom
