/**
 * Text as the finder compares it: lower case, full-width forms folded (NFKC: １６００ is 1600), and
 * every number written as plain digits in base units, so "1,600", "2.7 million", "270万" and
 * "2700000" are the same text. Digits are shifted as a string, never multiplied: 8158.4亿 is
 * exactly 815840000000.
 */

// Latin scale words only as whole words: "100 km2" is not 100 thousand.
const NUMBER =
  /(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(?:\s?(万亿|千|万|亿)|\s?(thousand|million|billion|trillion|mn|bn|k|m|b)(?![a-z0-9]))?/g

const scaleExponents: Record<string, number> = {
  千: 3,
  万: 4,
  亿: 8,
  万亿: 12,
  thousand: 3,
  k: 3,
  million: 6,
  mn: 6,
  m: 6,
  billion: 9,
  bn: 9,
  b: 9,
  trillion: 12,
}

/** A number's digits shifted left by `exponent` places: ("2", "7", 6) is "2700000". */
function shiftDigits(whole: string, fraction: string, exponent: number): string {
  const padded = fraction.padEnd(exponent, '0')
  const integer = `${whole}${padded.slice(0, exponent)}`.replace(/^0+(?=\d)/, '')
  const rest = padded.slice(exponent).replace(/0+$/, '')
  return rest === '' ? integer : `${integer}.${rest}`
}

function plainNumber(grouped = '', decimals = '', scale?: string): string {
  return shiftDigits(grouped.replaceAll(',', ''), decimals.slice(1), scale ? (scaleExponents[scale] ?? 0) : 0)
}

/** Lower case and NFKC, before numbers are read: what "raw" matching compares ("1,6" while typing "1,600"). */
export const foldText = (text: string): string => text.normalize('NFKC').toLowerCase()

/** The text with numbers written as plain digits in base units. */
export function normalizeText(text: string): string {
  return foldText(text).replace(
    NUMBER,
    (_match, grouped: string, decimals?: string, chinese?: string, latin?: string) =>
      plainNumber(grouped, decimals, chinese ?? latin),
  )
}

/** A value as plain digits: 2700000, 2912903000000, 6.71 (never "1e+21"). */
export function plainDigits(value: number): string {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  const shift = Number(exponent)
  if (shift >= 0) return shiftDigits(whole, fraction, shift)
  return `0.${'0'.repeat(-shift - 1)}${whole}${fraction}`
}

/**
 * Folded and normalised text, with where each of its characters came from in the original:
 * `from[i]` to `to[i]` (exclusive). A number maps, every digit of it, to the whole of what was
 * written ("2.7 million"), so a match inside it marks all of it.
 */
export type MappedText = { text: string; from: number[]; to: number[] }

export function normalizeWithMap(original: string): MappedText {
  let folded = ''
  const foldedFrom: number[] = []
  const foldedTo: number[] = []
  for (let index = 0; index < original.length;) {
    const point = original.codePointAt(index) ?? 0
    const width = point > 0xffff ? 2 : 1
    const out = foldText(original.slice(index, index + width))
    for (let k = 0; k < out.length; k++) {
      foldedFrom.push(index)
      foldedTo.push(index + width)
    }
    folded += out
    index += width
  }
  const result: MappedText = { text: '', from: [], to: [] }
  const push = (text: string, start: number, end: number) => {
    for (let k = 0; k < text.length; k++) {
      result.from.push(foldedFrom[start] ?? 0)
      result.to.push(foldedTo[end - 1] ?? 0)
    }
    result.text += text
  }
  let last = 0
  for (const match of folded.matchAll(NUMBER)) {
    const start = match.index
    for (let k = last; k < start; k++) push(folded.charAt(k), k, k + 1)
    push(plainNumber(match[1], match[2], match[3] ?? match[4]), start, start + match[0].length)
    last = start + match[0].length
  }
  for (let k = last; k < folded.length; k++) push(folded.charAt(k), k, k + 1)
  return result
}

/** A query's terms: normalised, then split at spaces ("2.7 million" is one term, 2700000). */
export function toTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/).filter(Boolean)
}

const isDigit = (char: string) => char >= '0' && char <= '9'

/** Whether a number in `text` goes on before `at` (or after it, reading forward): "1600" is not in "11600". */
function continuesNumber(text: string, at: number, step: 1 | -1): boolean {
  const next = text.charAt(at)
  if (isDigit(next)) return true
  return (next === '.' || next === ',') && isDigit(text.charAt(at + step))
}

export type TermMatch = { start: number; end: number; isWhole: boolean }

/**
 * Where `term` is in `text`: a number matches only a whole number ("1600" is not in "11600" or
 * "1600.5") unless `isPrefix` (the term being typed), which lets it match the start of one.
 * Returns the first whole match, else the first prefix match, else null.
 */
export function findTerm(text: string, term: string, isPrefix: boolean): TermMatch | null {
  const startsWithDigit = isDigit(term.charAt(0))
  const endsWithDigit = isDigit(term.charAt(term.length - 1))
  let prefixMatch: TermMatch | null = null
  for (let start = text.indexOf(term); start !== -1; start = text.indexOf(term, start + 1)) {
    if (startsWithDigit && continuesNumber(text, start - 1, -1)) continue
    const end = start + term.length
    if (!endsWithDigit || !continuesNumber(text, end, 1)) return { start, end, isWhole: true }
    if (isPrefix && !prefixMatch) prefixMatch = { start, end, isWhole: false }
  }
  return prefixMatch
}
