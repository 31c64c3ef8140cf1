// @vitest-environment node
import { parseDeckLinks } from '@/present/deck-links'

describe('parseDeckLinks', () => {
  const base = 'https://intranet.example/dashboards/chongqing/'

  it('keeps what each view link shows, without the presenter’s language or theme', () => {
    expect(parseDeckLinks(`${base}?tab=nev&chart=output&lang=zh\n\n?tab=finance&theme=dark`, base)).toEqual({
      slides: ['tab=nev&chart=output', 'tab=finance'],
      ignored: [],
    })
  })

  it('ignores the All figures table, which is no slide, like a link that is no view', () => {
    expect(parseDeckLinks(`${base}?tab=all-figures&kind=target\n?tab=xyz\n?tab=nev`, base)).toEqual({
      slides: ['tab=nev'],
      ignored: [`${base}?tab=all-figures&kind=target`, '?tab=xyz'],
    })
  })
})
