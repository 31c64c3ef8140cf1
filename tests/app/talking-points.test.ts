// @vitest-environment node
import { en } from '@/i18n/en'
import { createI18n } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { parseView } from '@/view-state/parse-view'
import { selectTalkingPoints } from '@/app/talking-points'
import { loadDataset } from '../fixtures/dataset'

const data = loadDataset()
const slide = (link: string) => parseView(link).view

describe('selectTalkingPoints', () => {
  it('gives a slide its chart’s summary and the quotes and notes behind it, in the deck’s language', () => {
    for (const [locale, catalog] of [
      ['en', en],
      ['zh', zhCN],
    ] as const) {
      const points = selectTalkingPoints(data, slide('tab=overview&chart=trade'), createI18n(locale, catalog))
      expect(points.summaries).toHaveLength(1)
      expect(points.citations.length).toBeGreaterThan(0)
      // The summary names the trade target the chart shows, as the chart's own summary does.
      expect(points.summaries[0]).toContain(locale === 'en' ? 'trillion' : '万亿')
    }
  })

  it('covers only the part a slide shows, and every part of a whole tab', () => {
    const i18n = createI18n('en', en)
    const output = selectTalkingPoints(data, slide('tab=nev&chart=output'), i18n)
    const share = selectTalkingPoints(data, slide('tab=nev&chart=share'), i18n)
    const whole = selectTalkingPoints(data, slide('tab=nev'), i18n)
    expect(output.summaries).toHaveLength(1)
    expect(output.citations.every((c) => !share.citations.includes(c))).toBe(true)
    expect(whole.summaries.length).toBeGreaterThan(output.summaries.length + share.summaries.length)
  })

  it('quotes the lists behind the finance proposals', () => {
    const points = selectTalkingPoints(data, slide('tab=finance&chart=proposals'), createI18n('en', en))
    expect(points.citations.map((c) => c.source.kind)).toContain('stated')
    expect(points.summaries[0]).not.toBe('')
  })
})
