import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { defaultView, type View } from '@/view-state/view'
import { defaultDeck, TITLE_SLIDE } from '@/view-state/default-deck'
import { expandDeck } from '@/view-state/slide-parts'

/** The deck a view presents: its own list of slides, or the default one. */
export function deckOf(view: View): readonly string[] {
  return view.deck.length > 0 ? view.deck : defaultDeck
}

/**
 * The view a deck's slide shows: its link's, in the presentation's language and theme, with the
 * spotlight the presenter set, else the one the link names.
 */
export function slideView(link: string, presentation: View, spotlight: string | null = null): View {
  const { view } = parseView(link)
  return {
    ...view,
    lang: presentation.lang,
    theme: presentation.theme,
    mode: 'present',
    deck: [],
    slide: 1,
    spotlight: spotlight ?? view.spotlight,
  }
}

const asLink = (view: View) => serializeView(view).replace(/^\?/, '')

/**
 * The deck presenting from a view starts: the default one (empty), unless the view shows more than
 * its tab's slides do. Then the tab's slides carry its filters and display, and a part the default
 * deck lacks is added after them, so the slide shows what the page did.
 */
export function deckForView(view: View): string[] {
  const own: View = { ...defaultView, tab: view.tab, filters: view.filters, display: view.display }
  const isPlain = asLink(own) === asLink({ ...defaultView, tab: view.tab })
  const slideViews = defaultDeck.map((link) => (link === TITLE_SLIDE ? null : parseView(link).view))
  const hasPart = view.chart === null || slideViews.some((v) => v?.tab === view.tab && v.chart === view.chart)
  if (isPlain && hasPart) return []
  const deck = defaultDeck.map((link, index) => {
    const slideView = slideViews[index]
    return slideView?.tab === view.tab ? asLink({ ...slideView, filters: view.filters, display: view.display }) : link
  })
  if (!hasPart) {
    const after = slideViews.findLastIndex((v) => v?.tab === view.tab) + 1 || deck.length
    deck.splice(after, 0, asLink({ ...own, chart: view.chart }))
  }
  return deck
}

/**
 * The slide (counted from 1) to start on when presenting from a view: the first on its tab and
 * chart, counting the slides a long list continues on (`partsOf`, known from the data). Presenting
 * from the plain Overview starts the deck from its title slide.
 */
export function slideForView(view: View, partsOf: (slideView: View) => number = () => 1): number {
  const slides = expandDeck(deckOf(view), (link) => partsOf(parseView(link).view))
  const isOverview = asLink({ ...defaultView, filters: view.filters, display: view.display, chart: view.chart }) === ''
  const index = slides.findIndex(({ link, part }) => {
    if (link === TITLE_SLIDE) return view.tab === 'overview' && isOverview
    const { view: slideView } = parseView(link)
    return part === 1 && slideView.tab === view.tab && (view.chart === null || slideView.chart === view.chart)
  })
  return index === -1 ? 1 : index + 1
}
