import { describe, expect, it } from 'vitest'
import { parseDeckLinks } from '@/present/deck-links'

const BASE = 'https://intranet.example/dashboards/chongqing/?tab=nev'

describe('pasted deck links', () => {
  it("takes this dashboard's view links, without the presenter's language or theme", () => {
    const text = [
      'https://intranet.example/dashboards/chongqing/?tab=nev&chart=output&lang=zh',
      '',
      '  ?tab=finance&chart=proposals  ',
      'https://intranet.example/dashboards/chongqing/index.html?tab=clusters&theme=dark',
    ].join('\n')
    expect(parseDeckLinks(text, BASE)).toEqual({
      slides: ['tab=nev&chart=output', 'tab=finance&chart=proposals', 'tab=clusters'],
      refused: [],
    })
  })

  it('refuses a link to another site or page, whatever its query says', () => {
    const text = 'http://example.com/bad\nhttps://example.com/?tab=nev\nhttps://intranet.example/other/?tab=nev'
    expect(parseDeckLinks(text, BASE)).toEqual({
      slides: [],
      refused: [
        { line: 'http://example.com/bad', reason: 'other-site' },
        { line: 'https://example.com/?tab=nev', reason: 'other-site' },
        { line: 'https://intranet.example/other/?tab=nev', reason: 'other-site' },
      ],
    })
  })

  it('refuses a link of this page that is not a view', () => {
    expect(parseDeckLinks('?tab=nope\n?present=1', BASE).refused.map((r) => r.reason)).toEqual([
      'not-a-view',
      'not-a-view',
    ])
  })

  it('refuses the All figures table, which is no slide', () => {
    expect(parseDeckLinks('?tab=all-figures&kind=target\n?tab=nev', BASE)).toEqual({
      slides: ['tab=nev'],
      refused: [{ line: '?tab=all-figures&kind=target', reason: 'not-a-view' }],
    })
  })
})
