/**
 * A list too long for one slide at a legible size continues on the next: a deck's link then plays
 * as several slides, each with a part of the rows. The parts depend on the data and the link only,
 * never on the screen, so slide=N names the same slide on a laptop and on a projector.
 */

/** A link may continue on at most this many slides; past that, its parts share the rows. */
export const MAX_SLIDE_PARTS = 4

export type DeckSlide = { link: string; part: number; parts: number }

/** How many slides `count` rows take at `perSlide` rows a slide. */
export function slidePartCount(count: number, perSlide: number): number {
  return Math.min(MAX_SLIDE_PARTS, Math.max(1, Math.ceil(count / Math.max(1, perSlide))))
}

/** The rows on one part (counted from 1): the parts share the rows evenly (the first a row more), in order. */
export function slidePartRows<T>(rows: readonly T[], perSlide: number, part: number): T[] {
  const parts = slidePartCount(rows.length, perSlide)
  const index = Math.min(Math.max(part, 1), parts) - 1
  const start = (i: number) => Math.floor((i * rows.length) / parts + (parts - 1) / parts)
  return rows.slice(start(index), start(index + 1))
}

/** The slides a deck plays: each link once, or once for each of its parts. */
export function expandDeck(deck: readonly string[], partsOf: (link: string) => number): DeckSlide[] {
  return deck.flatMap((link) => {
    const parts = Math.min(MAX_SLIDE_PARTS, Math.max(1, Math.floor(partsOf(link))))
    return Array.from({ length: parts }, (_, index) => ({ link, part: index + 1, parts }))
  })
}
