// @vitest-environment node
import {
  formatCount,
  formatDate,
  formatFigure,
  formatInScale,
  formatNumber,
  formatQualifier,
  formatValue,
  scaleFor,
  scaleUnitWords,
} from '@/i18n/format'
import { qualifiers, type Qualifier, type Unit } from '@/data/vocabulary'

const figure = (value: number, unit: Unit, qualifier?: Qualifier) => ({ value, unit, qualifier })

describe('formatFigure', () => {
  it.each([
    [figure(1600, 'enterprises', 'more than'), 'more than 1,600 enterprises', '>1,600', '超过1600家'],
    [figure(2.7e6, 'vehicles', 'nearly'), 'nearly 2.7 million vehicles', '≈2.7M', '近270万辆'],
    [figure(1.1e12, 'yuan', 'reach'), 'reach 1.1 trillion yuan', '→1.1T', '达到1.1万亿元'],
    [figure(149e9, 'usd', 'about'), 'about US$149 billion', '~US$149B', '约1490亿美元'],
    [figure(7e10, 'yuan', 'over'), 'over 70 billion yuan', '>70B', '超700亿元'],
    [figure(28, 'percent', 'about'), 'about 28%', '~28%', '约28%'],
    [figure(45, 'enterprises'), '45 enterprises', '45', '45家'],
  ])('words %j as the article does, in English and Chinese', (value, en, enShort, zh) => {
    expect(formatFigure(value, 'en')).toBe(en)
    expect(formatFigure(value, 'en', 'short')).toBe(enShort)
    expect(formatFigure(value, 'zh')).toBe(zh)
  })

  it('never drops a qualifier, in either language or style', () => {
    for (const qualifier of qualifiers) {
      const plain = figure(1600, 'enterprises')
      const qualified = figure(1600, 'enterprises', qualifier)
      for (const locale of ['en', 'zh'] as const) {
        expect(formatFigure(qualified, locale)).toContain(formatQualifier(qualifier, locale))
        expect(formatFigure(qualified, locale)).toContain(formatFigure(plain, locale))
        expect(formatFigure(qualified, locale, 'short')).not.toBe(formatFigure(plain, locale, 'short'))
      }
    }
  })

  it('writes a percentage as a number and a % sign, in both languages', () => {
    expect(formatFigure(figure(10.96, 'percent', 'nearly'), 'en')).toBe('nearly 10.96%')
    expect(formatFigure(figure(10.96, 'percent', 'nearly'), 'zh')).toBe('近10.96%')
    expect(formatFigure(figure(5.4, 'percent'), 'en', 'short')).toBe('5.4%')
  })
})

describe('formatValue', () => {
  it('uses the singular for one', () => {
    expect(formatValue(1, 'vehicles', 'en')).toBe('1 vehicle')
    expect(formatValue(2, 'vehicles', 'en')).toBe('2 vehicles')
  })

  it('writes units in Chinese with no space and Chinese measure words', () => {
    expect(formatValue(100, 'km2', 'zh')).toBe('100平方公里')
    expect(formatValue(100, 'km2', 'en')).toBe('100 km²')
    expect(formatValue(3, 'proposals', 'zh')).toBe('3条')
  })

  it('leaves the unit out of short chart labels, except US$ and %', () => {
    expect(formatValue(2.7e6, 'vehicles', 'zh', 'short')).toBe('270万')
    expect(formatValue(149e9, 'usd', 'en', 'short')).toBe('US$149B')
    expect(formatValue(11, 'percent', 'zh', 'short')).toBe('11%')
  })
})

describe('formatNumber', () => {
  it('uses million, billion, trillion in English and 万, 亿, 万亿 in Chinese', () => {
    expect(formatNumber(815.84e9, 'en')).toBe('815.8 billion')
    expect(formatNumber(815.84e9, 'zh')).toBe('8158.4亿')
    expect(formatNumber(2.912903e12, 'en')).toBe('2.9 trillion')
    expect(formatNumber(2.912903e12, 'zh')).toBe('2.9万亿')
  })

  it('writes at most one decimal in a scale word, and no more digits than the source gives', () => {
    expect(formatNumber(24_628_000, 'en', 'short')).toBe('24.6M')
    expect(formatNumber(24_628_000, 'zh', 'short')).toBe('2462.8万')
    expect(formatNumber(21_928_000, 'en', 'long', { significant: 3 })).toBe('21.9 million')
    expect(formatNumber(21_928_000, 'zh', 'long', { significant: 3 })).toBe('2190万')
    expect(formatNumber(11, 'en', 'long', { significant: 3, padTo: 3 })).toBe('11.0')
  })

  it('writes numbers under a million in full, grouped in English', () => {
    expect(formatNumber(12_345, 'en')).toBe('12,345')
    expect(formatNumber(1600, 'zh')).toBe('1600')
  })
})

describe('one scale per axis', () => {
  it('writes every value of an axis in the unit its smallest value reaches', () => {
    const trade = [815.84e9, 1e12, 1.1e12]
    const billions = scaleFor(trade, 'en')
    expect(trade.map((value) => formatInScale(value, billions, 'en'))).toEqual(['815.8', '1,000', '1,100'])
    expect(scaleUnitWords(billions, 'yuan', 'en')).toBe('billion yuan')
    const yi = scaleFor(trade, 'zh')
    expect(trade.map((value) => formatInScale(value, yi, 'zh'))).toEqual(['8158.4', '10,000', '11,000'])
    expect(scaleUnitWords(yi, '元', 'zh')).toBe('亿元')
  })

  it('writes an axis from 0.7 to 2.7 million in millions, and counts as they are', () => {
    const millions = scaleFor([700_000, 2.7e6], 'en')
    expect([700_000, 2.7e6].map((value) => formatInScale(value, millions, 'en'))).toEqual(['0.7', '2.7'])
    expect(scaleFor([700_000, 2.7e6], 'zh')?.suffix).toBe('万')
    expect(scaleFor([45, 1600], 'en')).toBeNull()
    expect(scaleFor([45, 2.7e6], 'en')).toBeNull()
  })
})

describe('formatDate', () => {
  it('writes a calendar day in each language', () => {
    expect(formatDate('2023-01-13', 'en')).toBe('13 January 2023')
    expect(formatDate('2023-01-13', 'zh')).toBe('2023年1月13日')
  })

  it('does not shift the day with the time zone', () => {
    expect(formatDate('2023-12-31', 'en')).toBe('31 December 2023')
    expect(formatDate('2023-01-01', 'zh')).toBe('2023年1月1日')
  })

  it("writes every day of a year as Intl's long date style does", () => {
    const intl = {
      en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
      zh: new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }),
    }
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2025, 0, 1); time += 86_400_000) {
      const isoDay = new Date(time).toISOString().slice(0, 10)
      expect(formatDate(isoDay, 'en')).toBe(intl.en.format(time))
      expect(formatDate(isoDay, 'zh')).toBe(intl.zh.format(time))
    }
  })

  it('shows a text that is not an ISO day as it is, rather than a wrong date', () => {
    expect(formatDate('13/01/2023', 'en')).toBe('13/01/2023')
    expect(formatDate('2023-13-01', 'zh')).toBe('2023-13-01')
  })
})

describe('formatCount', () => {
  it('writes a count in the locale', () => {
    expect(formatCount(3, 'en')).toBe('3')
    expect(formatCount(1600, 'en')).toBe('1,600')
  })
})
