import { createContext, use, useEffect, useMemo, type ReactNode } from 'react'
import { localeTags } from '@/i18n/format'
import { useQuery } from '@tanstack/react-query'
import { en, type Catalog, type MessageKey } from '@/i18n/en'
import type { LocalText } from '@/data/schema'
import type { Locale } from '@/view-state/view'

type Params = Record<string, string | number>
type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never

export type I18n = {
  locale: Locale
  t: (key: MessageKey, params?: Params) => string
  /** Picks `key.one` or `key.other` by the locale's plural rules; `{count}` is filled in. */
  plural: (key: PluralKey, count: number, params?: Params) => string
  /** A dataset text in the current language. */
  local: (text: LocalText) => string
  /** A proper name: its Chinese form where the dataset has one, otherwise as romanised. */
  name: (text: { en: string; zh?: string | undefined }) => string
}

// Only English ships with the first view; Chinese is fetched when a reader asks for it.
const catalogLoaders: Record<Locale, () => Promise<Catalog>> = {
  en: () => Promise.resolve(en),
  zh: () => import('@/i18n/zh-CN').then((module) => module.zhCN),
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
      t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { ...params, count }),
    local: (text) => text[locale],
    name: (text) => (locale === 'zh' && text.zh ? text.zh : text.en),
  }
}

const I18nContext = createContext<I18n>(createI18n('en', en))

/** Provides the catalog for `locale`; until a catalog arrives the page keeps the English one. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const catalog = useQuery({
    queryKey: ['catalog', locale],
    queryFn: catalogLoaders[locale],
    staleTime: Infinity,
  })
  const ready = catalog.data !== undefined
  const value = useMemo(
    () => (ready ? createI18n(locale, catalog.data) : createI18n('en', en)),
    [ready, locale, catalog.data],
  )
  // <html lang> names the language on screen, which is English until the catalog arrives.
  useEffect(() => {
    document.documentElement.lang = localeTags[value.locale]
  }, [value.locale])
  return <I18nContext value={value}>{children}</I18nContext>
}

export function useI18n(): I18n {
  return use(I18nContext)
}
