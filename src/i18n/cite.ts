import type { Dataset } from '@/data/schema'
import { formatDate } from '@/i18n/format'

export type CitationInput = {
  siteName: string
  viewTitle: string
  url: string
  /** The day the reader looked, as an ISO day. */
  accessed: string
  meta: Dataset['meta']
}

/** An English reference to the current view, naming the conference, the article and the day accessed. */
export function formatCitationEnglish({ siteName, viewTitle, url, accessed, meta }: CitationInput): string {
  const { article } = meta
  return (
    `${siteName}. “${viewTitle}”. Figures stated at the press conference of ${formatDate(meta.event.date, 'en')}, ` +
    `as reported by ${article.publisher} (“${article.title}”, ${article.author}, ${formatDate(article.date, 'en')}). ` +
    `${url} (accessed ${formatDate(accessed, 'en')}).`
  )
}

/**
 * GB/T 7714-2015 entries for an online resource ([EB/OL]) and the news article it draws on
 * ([N/OL]): title[type]. (published date)[date cited]. address.
 */
export function formatCitationGbt({ siteName, viewTitle, url, accessed, meta }: CitationInput): string {
  const { article } = meta
  return [
    `[1] ${siteName}. ${viewTitle}[EB/OL]. (${meta.asOf})[${accessed}]. ${url}.`,
    `[2] ${article.author}. ${article.title}[N/OL]. ${article.publisher}, (${article.date})[${accessed}]. ${article.url}.`,
  ].join('\n')
}

/** Today as an ISO day in the reader's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
