import { createI18n, useCompleteCatalog, type CompleteI18n } from '@/i18n/i18n'
import { enAll } from '@/i18n/en-on-demand'

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
