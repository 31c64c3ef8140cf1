import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatCount, formatNumber } from '@/i18n/format'
import type { Locale } from '@/view-state/view'

// The same formats written by Intl.NumberFormat: the reference. At most `digits` significant digits
// and one decimal in a compact unit, two in a plain number, whichever is fewer.
const tags: Record<Locale, string> = { en: 'en', zh: 'zh-CN' }
function intlNumber(value: number, locale: Locale, style: 'long' | 'short', digits = 7): string {
  const format = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(tags[locale], {
      ...options,
      maximumSignificantDigits: digits,
      roundingPriority: 'lessPrecision',
    }).format(value)
  if (locale === 'zh') {
    if (Math.abs(value) >= 1e4) return format({ notation: 'compact', maximumFractionDigits: 1 })
    return format({ maximumFractionDigits: 2, useGrouping: 'min2' })
  }
  if (Math.abs(value) >= 1e6) {
    return format({
      notation: 'compact',
      compactDisplay: style === 'short' ? 'short' : 'long',
      maximumFractionDigits: 1,
    })
  }
  return format({ maximumFractionDigits: 2 })
}
const intlCount = (count: number, locale: Locale) =>
  new Intl.NumberFormat(tags[locale], locale === 'zh' ? { useGrouping: 'min2' } : {}).format(count)

const locales: Locale[] = ['en', 'zh']
const styles = ['long', 'short'] as const

// Numbers as datasets hold them: a few significant digits at any scale, signs, and the edges where
// rounding carries into a new digit or a new unit (999,950 → "1M"; 9,999.5 → "1万").
const shortDecimal = fc
  .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: -12, max: 18 }))
  .map(([mantissa, exponent]) => Number(`${mantissa}e${exponent}`))
const nearRoundingEdge = fc
  .tuple(fc.constantFrom(9, 99, 999, 9999, 99_999, 999_999), fc.integer({ min: -6, max: 16 }), fc.constantFrom(4, 5, 6))
  .map(([nines, exponent, last]) => Number(`${nines}.${'9'.repeat(3)}${last}e${exponent}`))
const anyDouble = fc.double({ noNaN: false, min: -1e22, max: 1e22 })
const numbers = fc.oneof(shortDecimal, nearRoundingEdge, anyDouble, fc.constantFrom(0, -0, 0.0005, 1.0005, -0.0001))

describe('numbers written without Intl', () => {
  it('match Intl.NumberFormat for every locale and style', () => {
    fc.assert(
      fc.property(
        numbers,
        fc.constantFrom(...locales),
        fc.constantFrom(...styles),
        fc.integer({ min: 1, max: 7 }),
        (value, locale, style, digits) => {
          expect(formatNumber(value, locale, style, { significant: digits })).toBe(
            intlNumber(value, locale, style, digits),
          )
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('match Intl.NumberFormat for counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e12 }), fc.constantFrom(...locales), (count, locale) => {
        expect(formatCount(count, locale)).toBe(intlCount(count, locale))
      }),
      { numRuns: 2000 },
    )
  })

  it('write the edge cases as Intl does', () => {
    const cases = [0, -0, 1.0005, 0.0005, -0.0001, 999_999, 999_950_000, 9999.5, 99_995, 1e16, Infinity, -Infinity, NaN]
    for (const value of cases) {
      for (const locale of locales) {
        for (const style of styles) expect(formatNumber(value, locale, style)).toBe(intlNumber(value, locale, style))
      }
    }
    expect(formatNumber(999_960_000, 'en', 'short')).toBe('1B')
    expect(formatNumber(1e16, 'zh')).toBe('10,000万亿')
    expect(formatNumber(1.005, 'en')).toBe('1.01')
  })
})
