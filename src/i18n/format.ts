import type { Qualifier, Unit } from '@/data/schema'
import type { Locale } from '@/view-state/view'
import {
  compactUnits,
  significantDigits,
  writeCompact,
  writeInUnit,
  writePlain,
  type CompactUnit,
  type Grouping,
} from '@/i18n/number-text'

/** BCP 47 tags for Intl and <html lang>. */
export const localeTags: Record<Locale, string> = { en: 'en', zh: 'zh-CN' }

/** A figure to write: `precision` is its significant digits where the dataset states them (a derived figure). */
export type FigureLike = {
  value: number
  unit: Unit
  qualifier?: Qualifier | undefined
  precision?: number | undefined
}

/**
 * How many significant digits a value may show: no more than its source gives (its stated precision,
 * padded: "11.0%"; or as many as the dataset writes: 2,700,000 has two).
 */
export type Precision = { significant: number; padTo?: number | undefined }

export const precisionOf = (figure: FigureLike): Precision =>
  figure.precision
    ? { significant: figure.precision, padTo: figure.precision }
    : { significant: significantDigits(figure.value) }

// Symbols for chart labels, where words do not fit; tables and cards spell the qualifier out.
const qualifierSymbols: Record<Qualifier, string> = {
  'more than': '>',
  over: '>',
  exceed: '>',
  nearly: '≈',
  about: '~',
  reach: '→',
}

const qualifierWords: Record<Locale, Record<Qualifier, string>> = {
  en: { 'more than': 'more than', over: 'over', exceed: 'exceed', nearly: 'nearly', about: 'about', reach: 'reach' },
  zh: { 'more than': '超过', over: '超', exceed: '超过', nearly: '近', about: '约', reach: '达到' },
}

type UnitWords = { one: string; other: string }
const unitWords: Record<Locale, Record<Unit, UnitWords | null>> = {
  en: {
    yuan: { one: 'yuan', other: 'yuan' },
    usd: null,
    'yuan-per-usd': { one: 'yuan per US dollar', other: 'yuan per US dollar' },
    vehicles: { one: 'vehicle', other: 'vehicles' },
    enterprises: { one: 'enterprise', other: 'enterprises' },
    percent: null,
    km2: { one: 'km²', other: 'km²' },
    clusters: { one: 'cluster', other: 'clusters' },
    parks: { one: 'park', other: 'parks' },
    members: { one: 'member', other: 'members' },
    proposals: { one: 'proposal', other: 'proposals' },
  },
  zh: {
    yuan: { one: '元', other: '元' },
    usd: { one: '美元', other: '美元' },
    'yuan-per-usd': { one: '元/美元', other: '元/美元' },
    vehicles: { one: '辆', other: '辆' },
    enterprises: { one: '家', other: '家' },
    percent: null,
    km2: { one: '平方公里', other: '平方公里' },
    clusters: { one: '个', other: '个' },
    parks: { one: '个', other: '个' },
    members: { one: '位', other: '位' },
    proposals: { one: '条', other: '条' },
  },
}

/** Grouping in threes as Intl does: English from 4 integer digits ("1,600"); Chinese from 5 ("1600", "12,345"). */
const grouping = { en: { minDigits: 4 }, zh: { minDigits: 5 } } satisfies Record<Locale, Grouping>

/**
 * A number in the reader's scale words: million, billion, trillion in English; 万, 亿, 万亿 in
 * Chinese, with one decimal in that unit at most ("815.8 billion", "8158.4亿"); `short` gives
 * chart labels (2.7M, 270万). Written as Intl.NumberFormat writes it (see number-text.ts for why
 * not by it), within `precision`.
 */
export function formatNumber(
  value: number,
  locale: Locale,
  style: 'long' | 'short' = 'long',
  precision: Precision = { significant: 7 },
): string {
  const magnitude = Math.abs(value)
  if (locale === 'zh') {
    if (magnitude >= 1e4) return writeCompact(value, compactUnits.zh, { ...precision, fraction: 1 })
    return writePlain(value, { ...precision, fraction: 2 }, grouping.zh)
  }
  if (magnitude >= 1e6) {
    return writeCompact(value, style === 'short' ? compactUnits.enShort : compactUnits.enLong, {
      ...precision,
      fraction: 1,
    })
  }
  return writePlain(value, { ...precision, fraction: 2 }, grouping.en)
}

/**
 * The one unit a chart's axis writes all its values in: the largest that its smallest value reaches
 * (billions for 815.8 billion to 1.1 trillion; 亿 in Chinese); else, when the largest value reaches
 * a unit, the first (0.7 to 27 million); none where that would write a value as 0.0.
 */
export function scaleFor(values: number[], locale: Locale): CompactUnit | null {
  const magnitudes = values.map(Math.abs).filter((value) => value > 0)
  const smallest = Math.min(...magnitudes)
  const largest = Math.max(...magnitudes)
  const units = locale === 'zh' ? compactUnits.zh : compactUnits.enLong.filter((unit) => unit.exponent >= 6)
  const reached = units.findLast((unit) => 10 ** unit.exponent <= smallest)
  if (reached) return reached
  const [first] = units
  return first && largest >= 10 ** first.exponent && smallest >= 10 ** (first.exponent - 1) ? first : null
}

/** A value in its axis's unit, without the unit's word (the unit line says it): 815.8 for billions. */
export function formatInScale(value: number, scale: CompactUnit | null, locale: Locale, precision?: Precision): string {
  return writeInUnit(value, scale, { significant: 7, ...precision, fraction: scale ? 1 : 2 }, grouping[locale])
}

/** The words of a scale and a unit, as a chart's unit line names them: "billion yuan", "亿元". */
export function scaleUnitWords(scale: CompactUnit | null, unitWords: string, locale: Locale): string {
  if (!scale) return unitWords
  return locale === 'zh' ? `${scale.suffix}${unitWords}` : `${scale.suffix.trim()} ${unitWords}`
}

/** The value with its unit: "2.7 million vehicles", "270万辆", "US$149 billion", "28%". */
export function formatValue(
  value: number,
  unit: Unit,
  locale: Locale,
  style: 'long' | 'short' = 'long',
  precision?: Precision,
): string {
  const number = formatNumber(value, locale, style, precision)
  if (unit === 'percent') return `${number}%`
  if (unit === 'usd' && locale === 'en') return `US$${number}`
  if (style === 'short') return number
  const words = unitWords[locale][unit]
  if (!words) return number
  if (locale === 'zh') return `${number}${words.other}`
  return `${number} ${value === 1 ? words.one : words.other}`
}

/**
 * A figure as the article words it, qualifier first: "more than 1,600 enterprises", "近270万辆".
 * The qualifier is never dropped; `short` turns it into a symbol (">1,600", "≈2.7M").
 */
export function formatFigure(figure: FigureLike, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const value = formatValue(figure.value, figure.unit, locale, style, precisionOf(figure))
  if (!figure.qualifier) return value
  if (style === 'short') return `${qualifierSymbols[figure.qualifier]}${value}`
  // A Chinese share or rate "more than" follows its number, as Chinese writes it: 增长22.6%以上.
  if (locale === 'zh' && figure.unit === 'percent' && moreThan.has(figure.qualifier)) return `${value}以上`
  const word = qualifierWords[locale][figure.qualifier]
  return locale === 'zh' ? `${word}${value}` : `${word} ${value}`
}

const moreThan = new Set<Qualifier>(['more than', 'over', 'exceed'])

/**
 * A chart's label for a figure, in its axis's unit: the qualifier as a symbol and the number
 * (">1,000", "≈2.7", "~21.9", "11.0%").
 */
export function formatInScaleWithQualifier(figure: FigureLike, scale: CompactUnit | null, locale: Locale): string {
  const number = formatInScale(figure.value, scale, locale, precisionOf(figure))
  const symbol = figure.qualifier ? qualifierSymbols[figure.qualifier] : ''
  return `${symbol}${number}${figure.unit === 'percent' ? '%' : ''}`
}

/** A figure's qualifier in words and its value with its unit, apart: "more than" and "1,600 enterprises". */
export function figureParts(figure: FigureLike, locale: Locale): { qualifier: string | null; value: string } {
  return {
    qualifier: figure.qualifier ? qualifierWords[locale][figure.qualifier] : null,
    value: formatValue(figure.value, figure.unit, locale, 'long', precisionOf(figure)),
  }
}

export function formatQualifier(qualifier: Qualifier, locale: Locale): string {
  return qualifierWords[locale][qualifier]
}

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * A calendar date from an ISO day, as Intl's long date style writes it: "13 January 2023",
 * "2023年1月13日". Written out, not by Intl.DateTimeFormat: building one loads the locale's calendar
 * data, which was the costliest step of the first render (12 ms unthrottled), and these two
 * patterns are all the app shows. A test holds them to Intl's output.
 */
export function formatDate(isoDay: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  const month = englishMonths[Number(match?.[2]) - 1]
  if (!match || !month) return isoDay
  const [, year, , day] = match
  return locale === 'zh' ? `${year}年${Number(match[2])}月${Number(day)}日` : `${Number(day)} ${month} ${year}`
}

/** A count, grouped as formatNumber groups: "1,600" in English, "1600" in Chinese. */
export function formatCount(count: number, locale: Locale): string {
  return writePlain(count, { significant: 21, fraction: 0 }, grouping[locale])
}
