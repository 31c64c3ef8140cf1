import { createContext, use, useDeferredValue, useEffect, useMemo, type ReactNode } from 'react'
import { formatCount, localeTags } from '@/i18n/format'
import { useQuery } from '@tanstack/react-query'
import { en, type FirstViewKey } from '@/i18n/en'
import type { Catalog, MessageKey } from '@/i18n/en-on-demand'
import type { LocalText } from '@/data/schema'
import type { Locale } from '@/view-state/view'

type Params = Record<string, string | number>
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never

/** Looks up strings by key in one language. `K` is the keys it can look up. */
export type I18n<K extends MessageKey = FirstViewKey> = {
  locale: Locale
  t: (key: K, params?: Params) => string
  /** Picks `key.one` or `key.other` by the locale's plural rules; `{count}` is filled in, grouped ("3,534"). */
  plural: (key: PluralBase<K>, count: number, params?: Params) => string
  /** A dataset text in the current language. */
  local: (text: LocalText) => string
  /** A proper name: its Chinese form where the dataset has one, otherwise as romanised. */
  name: (text: { en: string; zh?: string | undefined }) => string
}

/** Every string: what code loaded on demand uses (see useI18nOnDemand). */
export type CompleteI18n = I18n<MessageKey>

export function interpolate(message: string, params?: Params): string {
  if (!params) return message
  return message.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
}

export function createI18n<K extends MessageKey>(locale: Locale, catalog: Record<K, string>): I18n<K> {
  const rules = new Intl.PluralRules(locale === 'zh' ? 'zh-CN' : 'en')
  const t = (key: K, params?: Params) => interpolate(catalog[key], params)
  return {
    locale,
    t,
    plural: (key, count, params) =>
      t(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as K, {
        ...params,
        count: formatCount(count, locale),
      }),
    local: (text) => text[locale],
    name: (text) => (locale === 'zh' && text.zh ? text.zh : text.en),
  }
}

/**
 * The first view's strings, and, once a whole catalog is loaded (Chinese comes in one piece), that
 * catalog. English strings for code loaded on demand come with that code instead.
 */
type I18nValue = { firstView: I18n; complete: CompleteI18n | null }

const english: I18nValue = { firstView: createI18n('en', en), complete: null }
const I18nContext = createContext<I18nValue>(english)

// Only English ships with the first view; Chinese is fetched when a reader asks for it.
const loadChinese = (): Promise<Catalog> => import('@/i18n/zh-CN').then((module) => module.zhCN)

/** Provides the catalog for `locale`; until a catalog arrives the page keeps the English one. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const chinese = useQuery({
    queryKey: ['catalog', 'zh'],
    queryFn: loadChinese,
    staleTime: Infinity,
    enabled: locale === 'zh',
  })
  const value = useMemo<I18nValue>(() => {
    if (locale !== 'zh' || chinese.data === undefined) return english
    const complete = createI18n('zh', chinese.data)
    return { firstView: complete, complete }
  }, [locale, chinese.data])
  const shownLocale = value.firstView.locale
  // <html lang> names the language on screen, which is English until the catalog arrives.
  useEffect(() => {
    document.documentElement.lang = localeTags[shownLocale]
  }, [shownLocale])
  return <I18nContext value={value}>{children}</I18nContext>
}

/**
 * For what is out of sight (tabs kept in the background), the language on screen a moment late:
 * when the reader changes language, the page in view changes in the click, and what is out of
 * sight in a background render after it, which input interrupts. `isDeferred` false passes the
 * language through as it is, so a part coming into view keeps its place in the tree.
 */
export function DeferredI18n({ isDeferred, children }: { isDeferred: boolean; children: ReactNode }) {
  const value = use(I18nContext)
  const deferred = useDeferredValue(value)
  return <I18nContext value={isDeferred ? deferred : value}>{children}</I18nContext>
}

/** The strings of the first view, in the language on screen. */
export function useI18n(): I18n {
  return use(I18nContext).firstView
}

/** The whole catalog in the language on screen, or null while that is English (see useI18nOnDemand). */
export function useCompleteCatalog(): CompleteI18n | null {
  return use(I18nContext).complete
}
