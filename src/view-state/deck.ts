import { parseView } from '@/view-state/parse-view'
import type { View } from '@/view-state/view'
import { defaultDeck } from '@/view-state/default-deck'
import { expandDeck } from '@/view-state/slide-parts'

/** The deck a view presents: its own list of slides, or the default one. */
export function deckOf(view: View): readonly string[] {
  return view.deck.length > 0 ? view.deck : defaultDeck
}

/**
 * The slide (counted from 1) to start on when presenting from a view: the first on its tab and
 * chart, counting the slides a long list continues on (`partsOf`, known from the data).
 */
export function slideForView(view: View, partsOf: (slideView: View) => number = () => 1): number {
  const slides = expandDeck(deckOf(view), (link) => partsOf(parseView(link).view))
  const index = slides.findIndex(({ link, part }) => {
    const { view: slideView } = parseView(link)
    return part === 1 && slideView.tab === view.tab && (view.chart === null || slideView.chart === view.chart)
  })
  return index === -1 ? 1 : index + 1
}
