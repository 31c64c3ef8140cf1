/**
 * A fingerprint of the dataset file's text: its length and a 32-bit FNV-1a hash. The build writes
 * the fingerprint of the dataset it prerendered from; the browser compares the file it fetched, so a
 * dataset replaced after the build is drawn afresh instead of being hydrated into the old figures.
 * Texts of different lengths never need hashing (a 40 MB dataset costs nothing here).
 */
export function datasetFingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return `${text.length}-${(hash >>> 0).toString(16)}`
}

/** Whether `text` is the file whose fingerprint is `expected`, hashing only when the lengths agree. */
export function isSameDataset(text: string, expected: string): boolean {
  return expected.startsWith(`${text.length}-`) && datasetFingerprint(text) === expected
}
