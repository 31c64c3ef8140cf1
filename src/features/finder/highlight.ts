import { findTerm, foldText, normalizeWithMap } from '@/features/finder/search-text'
import type { FinderSearch } from '@/features/finder/finder-index'

/** A slice of text, and whether the query matched it: drawn as text, the match inside a <mark>. */
export type Segment = { text: string; isMatch: boolean }

/** The ranges of `text` that the terms match, as written or with numbers normalised, merged. */
function matchedRanges(text: string, { terms, isPrefix }: FinderSearch): [number, number][] {
  const folded = foldText(text)
  const mapped = normalizeWithMap(text)
  const ranges: [number, number][] = []
  terms.forEach((term, t) => {
    const prefix = isPrefix && t === terms.length - 1
    // The folded text keeps its length for the app's text (NFKC and lower case rarely change it);
    // where it does not, only the normalised match, which carries its own map, is used.
    const raw = folded.length === text.length ? findTerm(folded, term, prefix) : null
    if (raw) ranges.push([raw.start, raw.end])
    const normal = findTerm(mapped.text, term, prefix)
    if (normal) ranges.push([mapped.from[normal.start] ?? 0, mapped.to[normal.end - 1] ?? 0])
  })
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

export function highlightSegments(text: string, search: FinderSearch): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const [start, end] of matchedRanges(text, search)) {
    if (start > at) segments.push({ text: text.slice(at, start), isMatch: false })
    segments.push({ text: text.slice(start, end), isMatch: true })
    at = end
  }
  if (at < text.length) segments.push({ text: text.slice(at), isMatch: false })
  return segments
}

/**
 * A long text cut to the part around its first match, with an ellipsis where it was cut: a quote
 * of several sentences shows the words that matched.
 */
export function snippetSegments(text: string, search: FinderSearch, width = 90): Segment[] {
  const first = matchedRanges(text, search)[0]
  if (!first || text.length <= width) return highlightSegments(text, search)
  const start = Math.max(0, Math.min(first[0] - Math.floor(width / 3), text.length - width))
  const cut = text.slice(start, start + width)
  const segments = highlightSegments(cut, search)
  if (start > 0) segments.unshift({ text: '…', isMatch: false })
  if (start + width < text.length) segments.push({ text: '…', isMatch: false })
  return segments
}
