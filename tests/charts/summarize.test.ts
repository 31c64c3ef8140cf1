// @vitest-environment node
import { summarizeFigures, summarizeTrade } from '@/charts/summarize'
import { indexDataset, toFigureRow, type FigureRow } from '@/data/select-figures'
import { en } from '@/i18n/en'
import { formatFigure } from '@/i18n/format'
import { createI18n } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { selectOverview } from '@/features/overview/select-overview'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../fixtures/dataset'

const data = loadDataset()
const index = indexDataset(data)
const rows = data.facts
  .filter((fact) => fact.topic === 'nev' && (fact.unit === 'vehicles' || fact.unit === 'percent'))
  .map((fact) => toFigureRow(fact, index))
const isStated = (row: FigureRow) => row.kind === 'reported' || row.kind === 'target'
const languages = [
  ['en', en],
  ['zh', zhCN],
] as const

describe('summarizeFigures', () => {
  it('names every figure with its qualifier, label and period, in English and Chinese', () => {
    for (const [locale, catalog] of languages) {
      const summary = summarizeFigures('Title', rows, createI18n(locale, catalog))
      for (const row of rows) {
        expect(summary).toContain(row.label[locale])
        expect(summary).toContain(row.period[locale])
        expect(summary).toContain(formatFigure(row, locale))
      }
    }
  })

  it('says who said the conference’s figures, and which come from other sources or are computed', () => {
    const summary = summarizeFigures('Title', rows, createI18n('en', en))
    const stated = rows.filter(isStated)
    expect(stated.length).toBeGreaterThan(0)
    expect(summary.match(/Xu Lin said:/g)).toHaveLength(1)
    for (const row of stated) expect(summary).toContain(`${row.label.en}, ${row.period.en}: ${formatFigure(row, 'en')}`)
    expect(summary).toContain('From other public sources, not the conference:')
    expect(summary).toContain('Computed here from those figures:')
  })

  it('runs sentences together as each language does: a space after an English full stop, none after a Chinese one', () => {
    const english = summarizeFigures('Title', rows, createI18n('en', en), { lead: 'A lead.' })
    const chinese = summarizeFigures('标题', rows, createI18n('zh', zhCN), { lead: '导语。' })
    expect(english).toMatch(/^A lead\. Xu Lin said:/)
    expect(chinese).toMatch(/^导语。许林表示：/)
    expect(chinese).not.toMatch(/。 /)
  })

  it('says that nothing matches when there is nothing to summarize', () => {
    expect(summarizeFigures('Title', [], createI18n('en', en))).toBe('Title: no figures match the current filters.')
  })
})

describe('summarizeTrade', () => {
  it('gives 2022 from its source, then each 2027 target with its increase and yearly rate', () => {
    const { trade, growth } = selectOverview(data, emptyFilters)
    for (const [locale, catalog] of languages) {
      const summary = summarizeTrade('Title', trade, growth, createI18n(locale, catalog))
      const baseline = trade.find((row) => row.kind === 'context')
      expect(baseline && summary.includes(formatFigure(baseline, locale))).toBe(true)
      for (const { target, change, cagr } of growth) {
        expect(summary).toContain(formatFigure(target, locale))
        expect(summary).toContain(formatFigure(change, locale))
        if (cagr) expect(summary).toContain(formatFigure(cagr, locale))
      }
    }
  })
})
