import { findTerm, normalizeText, normalizeWithMap, plainDigits, toTerms } from '@/features/finder/search-text'

describe('normalizeText', () => {
  it.each([
    ['1,600', '1600'],
    ['more than 1,600 enterprises', 'more than 1600 enterprises'],
    ['2.7 million', '2700000'],
    ['nearly 2.7M vehicles', 'nearly 2700000 vehicles'],
    ['270万', '2700000'],
    ['近270万辆', '近2700000辆'],
    ['8158.4亿元', '815840000000元'],
    ['1.1万亿', '1100000000000'],
    ['US$149 billion', 'us$149000000000'],
    ['RMB 70 bn', 'rmb 70000000000'],
    ['１６００家', '1600家'],
    ['12,345.67', '12345.67'],
    ['1.23456 thousand', '1234.56'],
  ])('%s reads as %s', (text, expected) => {
    expect(normalizeText(text)).toBe(expected)
  })

  it('leaves a unit that starts like a scale word alone', () => {
    expect(normalizeText('100 km2')).toBe('100 km2')
    expect(normalizeText('2 members')).toBe('2 members')
  })

  it('reads a number written in several ways as one term', () => {
    for (const query of ['2.7 million', '2,700,000', '270万', '2700000']) expect(toTerms(query)).toEqual(['2700000'])
  })
})

describe('plainDigits', () => {
  it.each([
    [2700000, '2700000'],
    [6.71, '6.71'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
  ])('%s', (value, expected) => expect(plainDigits(value)).toBe(expected))
})

describe('findTerm', () => {
  it('matches a number only whole', () => {
    expect(findTerm('11600 and 1600.5', '1600', false)).toBeNull()
    expect(findTerm('11600 and 1600 cars', '1600', false)).toMatchObject({ start: 10, isWhole: true })
  })

  it('lets the term being typed match the start of a number', () => {
    expect(findTerm('more than 1,600', '1,6', true)).toMatchObject({ start: 10, isWhole: false })
    expect(findTerm('more than 1,600', '1,6', false)).toBeNull()
  })

  it('matches words anywhere, as Chinese has no spaces', () => {
    expect(findTerm('重庆两江新区产业集群', '两江', false)).toMatchObject({ start: 2, end: 4 })
  })
})

describe('normalizeWithMap', () => {
  it('maps every digit of a number to all of what was written', () => {
    const mapped = normalizeWithMap('近270万辆')
    expect(mapped.text).toBe('近2700000辆')
    expect([mapped.from[1], mapped.to[7]]).toEqual([1, 5])
    expect([mapped.from[8], mapped.to[8]]).toEqual([5, 6])
  })
})
