// @vitest-environment node
import { en } from '@/i18n/en'
import { createI18n, interpolate } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'

describe('interpolate', () => {
  it('fills in named values', () => {
    expect(interpolate('{shown} of {total} shown', { shown: 3, total: 14 })).toBe('3 of 14 shown')
  })

  it('leaves a placeholder with no value as it is, so a missing value shows', () => {
    expect(interpolate('{shown} of {total} shown', { shown: 3 })).toBe('3 of {total} shown')
    expect(interpolate('{shown}')).toBe('{shown}')
  })
})

describe('createI18n', () => {
  it('picks the plural form by the locale’s rules and fills in the count', () => {
    const english = createI18n('en', en)
    expect(english.plural('chart.quotes', 1)).toBe(en['chart.quotes.one'])
    expect(english.plural('chart.quotes', 3)).toBe(interpolate(en['chart.quotes.other'], { count: 3 }))
    const chinese = createI18n('zh', zhCN)
    expect(chinese.plural('chart.quotes', 3)).toBe(interpolate(zhCN['chart.quotes.other'], { count: 3 }))
  })

  it('picks a dataset text in the current language', () => {
    const text = { en: 'Chongqing', zh: '重庆' }
    expect(createI18n('en', en).local(text)).toBe('Chongqing')
    expect(createI18n('zh', zhCN).local(text)).toBe('重庆')
  })

  it('shows a proper name in Chinese only where the dataset gives one', () => {
    const chinese = createI18n('zh', zhCN)
    expect(chinese.name({ en: 'Xu Lin', zh: '许林' })).toBe('许林')
    expect(chinese.name({ en: 'Zhang Hongming' })).toBe('Zhang Hongming')
    expect(createI18n('en', en).name({ en: 'Xu Lin', zh: '许林' })).toBe('Xu Lin')
  })
})
