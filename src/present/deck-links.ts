import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { defaultView, isReferenceTab } from '@/view-state/view'

/** Why a pasted line is not a slide: a link to another site or page, or not a view of this one. */
export type RefusedLink = { line: string; reason: 'other-site' | 'not-a-view' }

/**
 * Turns pasted view links (one per line) into slides. A slide keeps what the link shows (tab,
 * filters, part, chart or table) and drops what belongs to the presenter (language, theme, mode).
 * Only links to this page count: another site's link, however its query reads, is refused.
 * The All figures table is no slide: its link is refused like any other that is not a view to show.
 */
export function parseDeckLinks(text: string, baseHref: string): { slides: string[]; refused: RefusedLink[] } {
  const slides: string[] = []
  const refused: RefusedLink[] = []
  const base = new URL(baseHref)
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '') continue
    let url: URL
    try {
      url = new URL(line, base)
    } catch {
      refused.push({ line, reason: 'not-a-view' })
      continue
    }
    if (url.origin !== base.origin || !isSamePage(url.pathname, base.pathname)) {
      refused.push({ line, reason: 'other-site' })
      continue
    }
    const { view, problems } = parseView(url.search)
    if (problems.length > 0 || view.mode !== 'app' || isReferenceTab(view.tab)) {
      refused.push({ line, reason: 'not-a-view' })
      continue
    }
    const slide = serializeView({ ...view, lang: defaultView.lang, theme: defaultView.theme, source: null })
    slides.push(slide.replace(/^\?/, ''))
  }
  return { slides, refused }
}

/** The dashboard's page, whether written as its folder or its index.html. */
const isSamePage = (path: string, basePath: string) => {
  const folder = (p: string) => p.replace(/index\.html$/, '')
  return folder(path) === folder(basePath)
}
