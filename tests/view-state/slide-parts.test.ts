import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { expandDeck, MAX_SLIDE_PARTS, slidePartCount, slidePartRows } from '@/view-state/slide-parts'

describe('a long list continued on the next slides', () => {
  it('takes as many slides as its rows need, and no more than the cap', () => {
    expect(slidePartCount(0, 5)).toBe(1)
    expect(slidePartCount(5, 5)).toBe(1)
    expect(slidePartCount(6, 5)).toBe(2)
    expect(slidePartCount(17, 5)).toBe(4)
    expect(slidePartCount(100, 5)).toBe(MAX_SLIDE_PARTS)
  })

  it('shares the rows evenly, in order, each once', () => {
    const rows = Array.from({ length: 17 }, (_, index) => index)
    expect([1, 2, 3, 4].map((part) => slidePartRows(rows, 5, part).length)).toEqual([5, 4, 4, 4])
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 12 }), (length, perSlide) => {
        const all = Array.from({ length }, (_, index) => index)
        const parts = slidePartCount(length, perSlide)
        const shown = Array.from({ length: parts }, (_, index) => slidePartRows(all, perSlide, index + 1))
        const sizes = shown.map((part) => part.length)
        expect(shown.flat()).toEqual(all)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        if (parts < MAX_SLIDE_PARTS) expect(Math.max(...sizes)).toBeLessThanOrEqual(perSlide)
      }),
    )
  })

  it('plays each link of a deck once for each of its parts, numbered within the link', () => {
    const slides = expandDeck(
      ['tab=nev&chart=output', 'tab=clusters&chart=matrix', 'tab=finance&chart=proposals'],
      (link) => (link.includes('matrix') ? 3 : 1),
    )
    expect(slides.map(({ link, part, parts }) => `${link.split('chart=')[1]} ${part}/${parts}`)).toEqual([
      'output 1/1',
      'matrix 1/3',
      'matrix 2/3',
      'matrix 3/3',
      'proposals 1/1',
    ])
  })
})
