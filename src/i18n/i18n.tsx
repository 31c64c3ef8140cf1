import { createContext, use, useEffect, useMemo, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { formatCount, localeTags } from '@/i18n/format'
import { en, type Catalog, type MessageKey } from '@/i18n/en'
import type { LocalText } from '@/data/schema'
import type { Locale } from '@/view-state/view'

type Params = Record<string, string | number>
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never

/** Looks up strings by key in one language. */
export type I18n = {
  locale: Locale
  t: (key: MessageKey, params?: Params) => string
  /** Picks `key.one` or `key.other` by the locale's plural rules; `{count}` is filled in, grouped ("3,534"). */
  plural: (key: PluralBase<MessageKey>, count: number, params?: Params) => string
  /** A dataset text in the current language. */
  local: (text: LocalText) => string
  /** A proper name: its Chinese form where the dataset has one, otherwise as romanised. */
  name: (text: { en: string; zh?: string | undefined }) => string
}

export function interpolate(message: string, params?: Params): string {
  if (!params) return message
  return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

export function createI18n(locale: Locale, catalog: Catalog): I18n {
  const rules = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : 'en')
  const t = (key: MessageKey, params?: Params) => interpolate(catalog[key], params)
  return {
    locale,
    t,
    plural: (key, count, params) =>
      t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, {
        ...params,
        count: formatCount(count, locale),
      }),
    local: (text) => text[locale],
    name: (text) => (locale === 'zh' && text.zh ? text.zh : text.en),
  }
}

/**
 * Punctuation written between pieces of text, as each language writes it: "Data note: …" but
 * "数据说明：…"; "A, B" but "甲、乙"; sentences after a space in English, run together in Chinese.
 */
export const punctuation: Record<Locale, { colon: string; list: string; sentences: string }> = {
  en: { colon: ': ', list: ', ', sentences: ' ' },
  zh: { colon: '：', list: '、', sentences: '' },
}

const english = createI18n('en', en)
const I18nContext = createContext<I18n>(english)

/** The Chinese catalog, fetched when a reader first asks for Chinese. */
const chineseCatalogQuery = {
  queryKey: ['catalog', 'zh'],
  queryFn: (): Promise<Catalog> => import('@/i18n/zh-CN').then((module) => module.zhCN),
  staleTime: Infinity,
} as const

/** Provides the catalog for `locale`; until the Chinese one arrives the page stays in English. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const chinese = useQuery({ ...chineseCatalogQuery, enabled: locale === 'zh' })
  const value = useMemo(
    () => (locale === 'zh' && chinese.data ? createI18n('zh', chinese.data) : english),
    [locale, chinese.data],
  )
  // <html lang> names the language on screen, which is English until the catalog arrives.
  useEffect(() => {
    document.documentElement.lang = localeTags[value.locale]
  }, [value.locale])
  return <I18nContext value={value}>{children}</I18nContext>
}

/** The strings in the language on screen. */
export function useI18n(): I18n {
  return use(I18nContext)
}
