import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { defaultView, isReferenceTab } from '@/view-state/view'

/**
 * Turns pasted view links (one per line) into a deck. A slide keeps what the link shows (tab,
 * filters, part, chart or table) and drops what belongs to the presenter (language, theme, mode).
 * The All figures table is no slide: its link is ignored like any other that is not a view to show.
 */
export function parseDeckLinks(text: string, baseHref: string): { slides: string[]; ignored: string[] } {
  const slides: string[] = []
  const ignored: string[] = []
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (line === '') continue
    let search: string
    try {
      search = new URL(line, baseHref).search
    } catch {
      ignored.push(line)
      continue
    }
    const { view, problems } = parseView(search)
    if (problems.length > 0 || view.mode !== 'app' || isReferenceTab(view.tab)) {
      ignored.push(line)
      continue
    }
    const slide = serializeView({ ...view, lang: defaultView.lang, theme: defaultView.theme, source: null })
    slides.push(slide.replace(/^\?/, ''))
  }
  return { slides, ignored }
}
