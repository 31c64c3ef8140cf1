/** The width of a line of text, in the units of the width it must fit. */
export type Measure = (text: string) => number

// Han characters, kana and full-width forms may break anywhere; other text only at spaces.
const TOKEN = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|\s+/gu
// Closing punctuation stays at the end of the line before rather than begin a line (kinsoku).
const NO_LINE_START = /^[，。、：；！？）」』】》〉,.;:!?)\]]/u

/**
 * Greedy line breaking for drawn text: words are kept whole unless one alone is too wide (a URL),
 * which is then broken between characters. Runs of white space become one space.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  let hasSpace = false
  const startLine = (token: string) => {
    const pieces = breakWord(token, maxWidth, measure)
    lines.push(...pieces.slice(0, -1))
    line = pieces.at(-1) ?? ''
  }
  for (const token of text.match(TOKEN) ?? []) {
    if (/^\s+$/u.test(token)) {
      hasSpace = line !== ''
      continue
    }
    const joined = `${line}${hasSpace ? ' ' : ''}${token}`
    hasSpace = false
    if (line === '') startLine(token)
    else if (measure(joined) <= maxWidth || NO_LINE_START.test(token)) line = joined
    else {
      lines.push(line)
      startLine(token)
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** Where a link may break: after a slash, or before ?, & and #, as style guides break URLs. */
const LINK_BREAK = /(?<=\/)(?=[^/])|(?=[?&#])/g

function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  if (measure(word) <= maxWidth) return [word]
  const pieces: string[] = []
  let piece = ''
  for (const character of word) {
    if (piece !== '' && measure(piece + character) > maxWidth) {
      const at = Math.max(0, ...[...piece.matchAll(LINK_BREAK)].map((match) => match.index))
      pieces.push(at > 0 ? piece.slice(0, at) : piece)
      piece = at > 0 ? piece.slice(at) : ''
    }
    piece += character
  }
  return [...pieces, piece]
}
