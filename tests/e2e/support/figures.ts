import type { Lang } from '../fixtures.ts'

/**
 * A figure as a comparable value: qualifier symbol, number to 4 significant digits, and percent or
 * not. Chart labels are compact ("≈2.7M", ">1,600", "≈270万"); tables spell the figure out
 * ("nearly 2.7 million vehicles", "近270万辆"). Both must name the same figure.
 */
export type Figure = { qualifier: string; value: number; isPercent: boolean }

const QUALIFIER_SYMBOLS: Record<Lang, Record<string, string>> = {
  en: { 'more than': '>', over: '>', exceed: '>', nearly: '≈', about: '~', reach: '→' },
  zh: { 超过: '>', 超: '>', 近: '≈', 约: '~', 达到: '→' },
}
const SCALES: Record<string, number> = {
  K: 1e3,
  M: 1e6,
  B: 1e9,
  T: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  万: 1e4,
  亿: 1e8,
  万亿: 1e12,
}

const CHART_LABEL: Record<Lang, RegExp> = {
  en: /^([>≈~→])?(?:US\$)?([\d.,]+)([KMBT])?(%)?$/,
  zh: /^([>≈~→])?(?:US\$)?([\d.,]+)(万亿|亿|万)?(%)?$/,
}
const TABLE_VALUE: Record<Lang, RegExp> = {
  en: /^(more than|over|exceed|nearly|about|reach)?\s*(?:US\$)?([\d.,]+)(?:\s*(thousand|million|billion|trillion))?(%)?(?:\s+[\p{L}²/ ]+)?$/u,
  zh: /^(超过|超|近|约|达到)?\s*(?:US\$)?([\d.,]+)(万亿|亿|万)?(%)?(?:[\p{L}²/ ]+)?$/u,
}

const toSignificant = (value: number) => Number(value.toPrecision(4))

function toFigure(
  qualifier: string,
  digits: string,
  scale: string | undefined,
  percent: string | undefined,
): Figure | null {
  const value = Number(digits.replaceAll(',', '')) * (scale ? (SCALES[scale] ?? 1) : 1)
  return Number.isFinite(value) ? { qualifier, value: toSignificant(value), isPercent: percent === '%' } : null
}

/** The scale a chart's unit line names ("Unit: billion yuan", "单位：万辆"): its values are in it. */
export function unitScale(unitLine: string, lang: Lang): number {
  const unit = unitLine.replace(/^[^:：]*[:：]\s*/, '')
  const word = lang === 'en' ? /^(thousand|million|billion|trillion)\b/.exec(unit) : /^(万亿|亿|万)/.exec(unit)
  return word?.[1] ? (SCALES[word[1]] ?? 1) : 1
}

/**
 * A bar's value label, in the chart's unit scale, or null for a text that is not one. A label may
 * add the gap to a target after two spaces ("→1,100  +284 on 2022"): the value is before them.
 */
export function parseChartLabel(text: string, lang: Lang, scale = 1): Figure | null {
  const match = CHART_LABEL[lang].exec(text.trim().split(/\s{2,}/)[0] ?? '')
  if (!match) return null
  const [, qualifier = '', digits = '', unitScale, percent] = match
  const figure = toFigure(qualifier, digits, unitScale, percent)
  return figure && { ...figure, value: toSignificant(figure.value * scale) }
}

/** A table's value cell, or null when it does not read as a figure. */
export function parseTableValue(text: string, lang: Lang): Figure | null {
  const match = TABLE_VALUE[lang].exec(text.trim())
  if (!match) return null
  const [, word, digits = '', scale, percent] = match
  return toFigure(word ? (QUALIFIER_SYMBOLS[lang][word] ?? '?') : '', digits, scale, percent)
}
