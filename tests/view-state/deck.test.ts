import { describe, expect, it } from 'vitest'
import { deckForView, deckOf, slideForView, slideView } from '@/view-state/deck'
import { defaultDeck, TITLE_SLIDE } from '@/view-state/default-deck'
import { parseView } from '@/view-state/parse-view'
import { defaultView, type View } from '@/view-state/view'

const view = (search: string): View => parseView(search).view
/** The slide presenting from a page starts on, and the link that slide plays. */
const presented = (search: string) => {
  const from = view(search)
  const deck = deckForView(from)
  const slide = slideForView({ ...from, deck })
  return { deck, slide, link: deckOf({ ...from, deck })[slide - 1] }
}

describe('presenting from a view', () => {
  it('opens the default deck, from its title slide on the plain Overview', () => {
    expect(defaultDeck[0]).toBe(TITLE_SLIDE)
    expect(presented('')).toEqual({ deck: [], slide: 1, link: TITLE_SLIDE })
    expect(presented('?tab=nev')).toMatchObject({ deck: [], link: 'tab=nev&chart=headlines' })
    expect(presented('?tab=nev&chart=output')).toMatchObject({ deck: [], link: 'tab=nev&chart=output' })
  })

  it("carries a filtered view's filters and display onto its tab's slides, and only those", () => {
    const { deck, link } = presented('?tab=nev&kind=reported&show=table')
    expect(link).toBe('tab=nev&kind=reported&chart=headlines&show=table')
    expect(deck).toContain('tab=nev&kind=reported&chart=output&show=table')
    expect(deck).toContain('tab=overview&chart=trade')
    expect(deck).toHaveLength(defaultDeck.length)
    expect(presented('?kind=target')).toMatchObject({ link: 'kind=target&chart=headlines' })
  })

  it('adds a part the default deck lacks after its tab’s slides', () => {
    const { deck, link } = presented('?chart=speakers')
    expect(link).toBe('chart=speakers')
    expect(deck.indexOf('chart=speakers')).toBe(deck.indexOf('chart=trade') + 1)
  })

  it('keeps the title slide in a deck link, and reads it back', () => {
    const parsed = parseView('?present=1&view=title&view=tab%3Dnev%26chart%3Doutput')
    expect(parsed.problems).toEqual([])
    expect(parsed.view.deck).toEqual([TITLE_SLIDE, 'tab=nev&chart=output'])
  })
})

describe('slideView', () => {
  const presentation = { ...defaultView, lang: 'zh', theme: 'dark', mode: 'present', slide: 4 } as const

  it("shows the link's view in the presentation's language and theme, as one slide", () => {
    const shown = slideView('tab=nev&chart=output&kind=reported&lang=en', presentation)
    expect(shown).toMatchObject({ tab: 'nev', chart: 'output', lang: 'zh', theme: 'dark', mode: 'present', slide: 1 })
    expect(shown.filters.kind).toEqual(['reported'])
    expect(shown.deck).toEqual([])
  })

  it("puts the presenter's spotlight first, else the link's", () => {
    expect(slideView('tab=nev&chart=output&spotlight=a', presentation).spotlight).toBe('a')
    expect(slideView('tab=nev&chart=output&spotlight=a', presentation, 'b').spotlight).toBe('b')
  })
})
