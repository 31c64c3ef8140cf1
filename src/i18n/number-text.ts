/**
 * Numbers written out as Intl.NumberFormat writes them for the app's two locales, without building
 * one. The first Intl number formatter of a page loads the locale's number data: 10 to 20 ms on a
 * fast machine, four times that on a phone, spent before the first chart. The handful of styles
 * the app uses are simple to write exactly; a property test holds them to Intl's output.
 *
 * As in Intl, rounding starts from the shortest decimal that reads back as the number (what
 * String() writes: 1.0005 rounds to 1.001, though the double lies just below it), rounds half away
 * from zero, and keeps the minus sign of a negative number that rounds to zero ("-0").
 */

/** A number's magnitude as 0.d₁d₂… × 10^point: no leading or trailing zeros; zero has no digits. */
type Decimal = { digits: string; point: number }

/** A compact unit: numbers from 10^exponent up are divided by it and written with its word. */
export type CompactUnit = { exponent: number; suffix: string }

export type Grouping = {
  /** The integer part is grouped in threes only when it has at least this many digits. */
  minDigits: number
}

export const compactUnits = {
  enShort: [
    { exponent: 3, suffix: 'K' },
    { exponent: 6, suffix: 'M' },
    { exponent: 9, suffix: 'B' },
    { exponent: 12, suffix: 'T' },
  ],
  enLong: [
    { exponent: 3, suffix: ' thousand' },
    { exponent: 6, suffix: ' million' },
    { exponent: 9, suffix: ' billion' },
    { exponent: 12, suffix: ' trillion' },
  ],
  zh: [
    { exponent: 4, suffix: '万' },
    { exponent: 8, suffix: '亿' },
    { exponent: 12, suffix: '万亿' },
  ],
} satisfies Record<string, CompactUnit[]>

/** How many digits a number may show: significant ones, decimals, and zeros to pad a stated precision to. */
export type Digits = { significant: number; fraction: number; padTo?: number | undefined }

/**
 * Compact notation: "2.7M", "815.8 billion", "8158.4亿", within `digits`. The unit is chosen after
 * rounding, so 999,960,000 to one decimal of a million is "1B", not "1000M". Past the largest unit
 * the number grows in front of it, grouped from five digits ("10,000万亿").
 */
export function writeCompact(value: number, units: CompactUnit[], digits: Digits): string {
  if (!Number.isFinite(value)) return writeNonFinite(value)
  const decimal = toDecimal(Math.abs(value))
  let index = units.findLastIndex((candidate) => candidate.exponent <= decimal.point - 1)
  for (;;) {
    const unit = units[index]
    const scaled =
      unit && decimal.digits !== '' ? { digits: decimal.digits, point: decimal.point - unit.exponent } : decimal
    const rounded = roundTo(scaled, Math.min(digits.significant, scaled.point + digits.fraction))
    const next = units[index + 1]
    if (unit && next && rounded.point + unit.exponent > next.exponent) {
      index += 1
      continue
    }
    return signOf(value) + group(padTo(rounded, digits), { minDigits: 5 }) + (unit?.suffix ?? '')
  }
}

/** A number in one unit chosen for several (an axis), without the unit's word: 8158.4 for 亿. */
export function writeInUnit(value: number, unit: CompactUnit | null, digits: Digits, grouping: Grouping): string {
  if (!Number.isFinite(value)) return writeNonFinite(value)
  const decimal = toDecimal(Math.abs(value))
  const scaled =
    unit && decimal.digits !== '' ? { digits: decimal.digits, point: decimal.point - unit.exponent } : decimal
  const rounded = roundTo(scaled, Math.min(digits.significant, scaled.point + digits.fraction))
  return signOf(value) + group(padTo(rounded, digits), grouping)
}

/** A number as it is, within `digits`: "1,234.5" (grouped from 4 digits), "12345.68" (from 5). */
export function writePlain(value: number, digits: Digits, grouping: Grouping): string {
  return writeInUnit(value, null, digits, grouping)
}

/** How many significant digits a number has, written shortest: 2,700,000 has two, 815.84 five. */
export function significantDigits(value: number): number {
  return Math.max(1, toDecimal(Math.abs(value)).digits.length)
}

function writeNonFinite(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  return value < 0 ? '-∞' : '∞'
}

function signOf(value: number): string {
  return value < 0 || Object.is(value, -0) ? '-' : ''
}

/** String() gives the shortest decimal that reads back as the number: "1234.5", "1e+21", "1.5e-7". */
function toDecimal(magnitude: number): Decimal {
  const [mantissa = '0', exponent = '0'] = String(magnitude).split('e')
  const [whole = '0', fraction = ''] = mantissa.split('.')
  const all = whole + fraction
  const leadingZeros = all.length - all.replace(/^0+/, '').length
  const digits = all.slice(leadingZeros).replace(/0+$/, '')
  return { digits, point: digits === '' ? 0 : whole.length + Number(exponent) - leadingZeros }
}

/** Keeps the first `kept` digits, rounding half up (the magnitude: half away from zero). */
function roundTo(decimal: Decimal, kept: number): Decimal {
  const { digits, point } = decimal
  if (digits.length <= kept) return decimal
  if (kept < 0) return { digits: '', point: 0 }
  const head = digits.slice(0, kept)
  if (digits.charAt(kept) < '5') return trimmed(head, point)
  // Carrying may add a digit: "995" kept to 2 is 99 + 1 = 100, and the point moves one place.
  const up = String(BigInt(head) + 1n)
  return trimmed(up, point + up.length - head.length)
}

function trimmed(digits: string, point: number): Decimal {
  const kept = digits.replace(/0+$/, '')
  return kept === '' ? { digits: '', point: 0 } : { digits: kept, point }
}

function toText({ digits, point }: Decimal): string {
  if (digits === '') return '0'
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length)
  return `${digits.slice(0, point)}.${digits.slice(point)}`
}

/** The text of a decimal with zeros after it up to `digits.padTo` significant digits, within its decimals. */
function padTo(decimal: Decimal, digits: Digits): string {
  const text = toText(decimal)
  const count = digits.padTo ?? 0
  const decimals = Math.max(0, decimal.digits.length - decimal.point)
  const missing = Math.min(count - decimal.digits.length, digits.fraction - decimals)
  if (decimal.digits === '' || missing <= 0 || decimal.point >= count) return text
  return `${text}${text.includes('.') ? '' : '.'}${'0'.repeat(missing)}`
}

function group(text: string, { minDigits }: Grouping): string {
  const dot = text.indexOf('.')
  const whole = dot === -1 ? text : text.slice(0, dot)
  if (whole.length < minDigits) return text
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (dot === -1 ? '' : text.slice(dot))
}
