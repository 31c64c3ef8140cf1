import { parseView } from '@/view-state/parse-view'
import type { View } from '@/view-state/view'
import { defaultDeck } from '@/view-state/default-deck'

/** The deck a view presents: its own list of slides, or the default one. */
export function deckOf(view: View): readonly string[] {
  return view.deck.length > 0 ? view.deck : defaultDeck
}

/** The slide (counted from 1) to start on when presenting from a view: the first on its tab and chart. */
export function slideForView(view: View, deck: readonly string[] = deckOf(view)): number {
  const index = deck.findIndex((slide) => {
    const { view: slideView } = parseView(slide)
    return slideView.tab === view.tab && (view.chart === null || slideView.chart === view.chart)
  })
  return index === -1 ? 1 : index + 1
}
