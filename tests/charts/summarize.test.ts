// @vitest-environment node
import { summarizeCounts, summarizeFigures } from '@/charts/summarize'
import { indexDataset, toFigureRow, type FigureRow } from '@/data/select-figures'
import { enAll as en } from '@/i18n/en-on-demand'
import { formatCount, formatFigure } from '@/i18n/format'
import { createI18n, interpolate } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'

const data = loadDataset()
const index = indexDataset(data)
const rows = data.facts
  .filter((fact) => fact.topic === 'nev' && fact.unit === 'vehicles')
  .map((fact) => toFigureRow(fact, index))
const byValue = [...rows].sort((a, b) => b.value - a.value)
const highest = must(byValue[0], 'a vehicle figure')
const lowest = must(byValue.at(-1), 'a vehicle figure')
const isStated = (row: FigureRow) => row.kind === 'reported' || row.kind === 'target'

describe('summarizeFigures', () => {
  it('names how many figures, the highest and the lowest, with their qualifiers, in English and Chinese', () => {
    for (const [locale, catalog] of [
      ['en', en],
      ['zh', zhCN],
    ] as const) {
      const summary = summarizeFigures('Title', rows, createI18n(locale, catalog))
      expect(summary.startsWith('Title')).toBe(true)
      expect(summary).toContain(String(rows.length))
      for (const row of [highest, lowest]) {
        expect(summary).toContain(row.label[locale])
        expect(summary).toContain(formatFigure(row, locale))
      }
    }
  })

  it('says which figures are the conference’s own when a chart mixes them with others', () => {
    const stated = rows.filter(isStated)
    expect(stated.length).toBeGreaterThan(0)
    expect(stated.length).toBeLessThan(rows.length)
    const summary = summarizeFigures('Title', rows, createI18n('en', en))
    for (const row of stated) expect(summary).toContain(`${row.label.en}: ${formatFigure(row, 'en')}`)
  })

  it('runs sentences together as each language does: a space after an English full stop, none after a Chinese one', () => {
    const english = summarizeFigures('Title', rows, createI18n('en', en), { lead: 'A lead.' })
    const chinese = summarizeFigures('标题', rows, createI18n('zh', zhCN), { lead: '导语。' })
    expect(english).toMatch(/^A lead\. Title/)
    expect(chinese).toMatch(/^导语。标题/)
    expect(chinese).not.toMatch(/。 /)
  })

  it('reads a single figure out in full', () => {
    const summary = summarizeFigures('Title', [highest], createI18n('en', en))
    expect(summary).toContain(formatFigure(highest, 'en'))
  })

  it('uses the chart’s own labels and starts with the tab’s lead sentence when given', () => {
    const labelOf = (row: FigureRow) => `${row.label.en} (${row.period.en})`
    const summary = summarizeFigures('Title', rows, createI18n('en', en), { labelOf, lead: 'Lead.' })
    expect(summary.startsWith('Lead. ')).toBe(true)
    expect(summary).toContain(labelOf(highest))
  })

  it('says that nothing matches rather than giving an empty sentence', () => {
    expect(summarizeFigures('Title', [], createI18n('en', en))).toBe(
      interpolate(en['summary.none'], { title: 'Title' }),
    )
  })
})

describe('summarizeCounts', () => {
  it('reads out each category’s total, largest first', () => {
    const counts = [
      { key: 'a', label: 'Platforms', counts: { x: 3 }, total: 3 },
      { key: 'b', label: 'Centres', counts: { x: 1600 }, total: 1600 },
    ]
    const summary = summarizeCounts('Title', counts, createI18n('en', en))
    const [first, second] = ['Centres', 'Platforms'].map((label) => {
      const row = must(
        counts.find((c) => c.label === label),
        label,
      )
      return summary.indexOf(interpolate(en['summary.item'], { label, value: formatCount(row.total, 'en') }))
    })
    expect(first).toBeGreaterThanOrEqual(0)
    expect(second).toBeGreaterThan(first ?? 0)
  })

  it('says that nothing matches when there is nothing to count', () => {
    expect(summarizeCounts('Title', [], createI18n('en', en))).toBe(interpolate(en['summary.none'], { title: 'Title' }))
  })
})
