import { buildFinderIndex, searchFinder, toSearch } from '@/features/finder/finder-index'
import { highlightSegments, snippetSegments } from '@/features/finder/highlight'
import { loadDataset } from '../../fixtures/dataset'

const entries = buildFinderIndex(loadDataset())
const keys = (query: string) => searchFinder(entries, query).results.map((entry) => entry.key)
const first = (query: string) => keys(query)[0]

describe('searchFinder', () => {
  it.each(['1,600', '1600', '1600家', 'more than 1,600', '超过1600家'])(
    'finds the 1,600 suppliers by "%s"',
    (query) => {
      expect(first(query)).toBe('fact:nev-suppliers')
    },
  )

  it.each(['2.7 million', '270万', '2,700,000', '2.7M'])('finds the 2.7 million vehicles by "%s"', (query) => {
    expect(first(query)).toBe('fact:nev-vehicles-jan-nov-2022')
  })

  it('finds a figure by what the other language calls it', () => {
    expect(first('各级配套商')).toBe('fact:nev-suppliers')
    expect(first('supporting suppliers')).toBe('fact:nev-suppliers')
  })

  it.each(['Xu Lin', '许林', 'xu lin'])('finds Xu Lin’s figures and Xu Lin by "%s"', (query) => {
    const found = keys(query)
    expect(found).toContain('fact:nev-suppliers')
    expect(found).toContain('speaker:xu-lin')
  })

  it('finds a speaker by their role, in either language', () => {
    expect(first('SERES')).toBe('speaker:xu-lin')
    expect(first('赛力斯')).toBe('speaker:xu-lin')
  })

  it.each(['两江', 'Liangjiang'])('finds Liangjiang New Area by "%s", its figures first', (query) => {
    const found = keys(query)
    expect(found[0]).toBe('fact:liangjiang-clusters')
    expect(found).toContain('list:liangjiang-clusters-list')
    expect(found.some((key) => key.startsWith('item:'))).toBe(true)
  })

  it('finds the NEV tab’s figures and the new-energy clusters by 新能源', () => {
    const found = keys('新能源')
    expect(found).toContain('fact:nev-suppliers')
    expect(found).toContain('item:characteristic-clusters:new-energy')
  })

  it('finds data notes and list items', () => {
    expect(keys('700 billion')).toContain('note:annual-output-700-billion-in-chinese')
    expect(keys('7000亿')).toContain('fact:nev-annual-output')
  })

  it('needs every term, and finds nothing for a number no figure has', () => {
    expect(keys('1600 Liangjiang')).toEqual([])
    expect(keys('16001')).toEqual([])
    expect(keys('   ')).toEqual([])
  })

  it('counts all matches but returns at most the limit', () => {
    const { results, total } = searchFinder(entries, 'a', 5)
    expect(results).toHaveLength(5)
    expect(total).toBeGreaterThan(5)
  })

  it('opens a fact in its tab with its source, a speaker as the Overview filtered to them', () => {
    const fact = entries.find((entry) => entry.key === 'fact:nev-suppliers')
    expect(fact).toMatchObject({ tab: 'nev', source: 'nev-suppliers' })
    const speaker = entries.find((entry) => entry.key === 'speaker:xu-lin')
    expect(speaker).toMatchObject({ tab: 'overview', source: null, speakerFilter: 'xu-lin' })
  })
})

describe('highlightSegments', () => {
  it('marks a number however the query and the text write it', () => {
    expect(highlightSegments('近270万辆', toSearch('2.7 million'))).toEqual([
      { text: '近', isMatch: false },
      { text: '270万', isMatch: true },
      { text: '辆', isMatch: false },
    ])
    expect(highlightSegments('more than 1,600 enterprises', toSearch('1600'))).toEqual([
      { text: 'more than ', isMatch: false },
      { text: '1,600', isMatch: true },
      { text: ' enterprises', isMatch: false },
    ])
  })

  it('keeps markup as the characters it is', () => {
    const text = '<b onclick="x()">1,600</b>'
    const segments = highlightSegments(text, toSearch('<b'))
    expect(segments.map((segment) => segment.text).join('')).toBe(text)
    expect(segments.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual(['<b'])
  })

  it('cuts a long text to the part around its match', () => {
    const text = `${'a '.repeat(100)}the 1,600 suppliers${' b'.repeat(100)}`
    const segments = snippetSegments(text, toSearch('1600'))
    expect(segments[0]?.text).toBe('…')
    expect(segments.find((segment) => segment.isMatch)?.text).toBe('1,600')
  })
})

describe('buildFinderIndex', () => {
  it('sends a figure a chart draws to the spotlight, and the rest to their source panels', () => {
    const byKey = new Map(entries.map((entry) => [entry.key, entry]))
    expect(byKey.get('fact:nev-vehicles-jan-nov-2022')?.spotlight).toBe('nev-vehicles-jan-nov-2022')
    expect(byKey.get('fact:nev-suppliers')?.spotlight).toBeNull()
    expect(entries.filter((entry) => entry.type !== 'fact').every((entry) => entry.spotlight === null)).toBe(true)
  })
})
