import { createI18n, useCompleteCatalog, type CompleteI18n } from '@/i18n/i18n'
import { enAll } from '@/i18n/en-on-demand'
import type { Locale } from '@/view-state/view'

const completeEnglish = createI18n('en', enAll)

/**
 * Every string, in the language on screen, for code loaded on demand: importing this module brings
 * the English strings that the first view does not need, so they load with that code.
 */
export function useI18nOnDemand(): CompleteI18n {
  return completeI18n(useCompleteCatalog())
}

/** The same outside React: the whole catalog on screen if one is loaded (Chinese), else English. */
export function completeI18n(loaded: CompleteI18n | null): CompleteI18n {
  return loaded ?? completeEnglish
}

/**
 * Punctuation that code loaded on demand writes between pieces of text, as each language writes
 * it: "Data note: …" but "数据说明：…"; "A, B" but "甲、乙"; sentences after a space in English,
 * run together in Chinese.
 */
export const punctuation: Record<Locale, { colon: string; list: string; sentences: string }> = {
  en: { colon: ': ', list: ', ', sentences: ' ' },
  zh: { colon: '：', list: '、', sentences: '' },
}
