/**
 * A fingerprint of the dataset file's text: its length and a 32-bit FNV-1a hash. The build writes
 * the fingerprint of the dataset it prerendered from; the browser compares the file it fetched, so a
 * dataset replaced after the build is drawn afresh instead of being hydrated into the old figures.
 */
export function datasetFingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return `${text.length}-${(hash >>> 0).toString(16)}`
}
