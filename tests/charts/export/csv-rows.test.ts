// @vitest-environment node
import type { ChartData } from '@/charts/export/chart-data'
import { chartCsv } from '@/charts/export/csv-rows'
import { indexDataset, toFigureRow, type FigureRow } from '@/data/select-figures'
import { toListRow } from '@/data/select-lists'
import { en } from '@/i18n/en'
import { createI18n } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'
import { parseCsv } from './parse-csv'

const data = loadDataset()
const index = indexDataset(data)
const english = createI18n('en', en)
const chinese = createI18n('zh', zhCN)
const provenance = { sourceDate: '2023-01-13', url: 'https://intranet.example/cq/?tab=nev&chart=output' }

const figure = (kind: FigureRow['kind'], extra: (row: FigureRow) => boolean = () => true) =>
  toFigureRow(
    must(
      data.facts.find((fact) => fact.kind === kind && extra(toFigureRow(fact, index))),
      `a ${kind} figure`,
    ),
    index,
  )
const stated = figure('reported', (row) => row.qualifier !== undefined)
const context = figure('context')
const derived = figure('derived')
const figures: ChartData = { kind: 'figures', rows: [stated, context, derived] }

/** The parsed CSV as records keyed by header. */
function recordsOf(csv: string): { header: string[]; records: Record<string, string>[] } {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  const [header = [], ...rows] = parseCsv(csv.slice(1))
  return { header, records: rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']))) }
}

describe('chartCsv for figures', () => {
  it('has columns for value, unit, qualifier, period, area, kind, speaker and quote, with the date and link', () => {
    const { header, records } = recordsOf(chartCsv(figures, english, provenance))
    expect(header).toEqual([
      'Figure',
      'Qualifier',
      'Value',
      'Unit',
      'As worded',
      'Period',
      'Area',
      'Kind',
      'Speaker or source',
      'Quote or formula',
      'Data as of',
      'Link to this view',
    ])
    expect(records).toHaveLength(3)
    for (const record of records) {
      expect(record['Data as of']).toBe('13 January 2023')
      expect(record['Link to this view']).toBe(provenance.url)
    }
  })

  it('keeps the value a plain number and the qualifier as the dataset words it', () => {
    const [record] = recordsOf(chartCsv(figures, english, provenance)).records
    expect(Number(record?.Value)).toBe(stated.value)
    expect(record?.Qualifier).toBe(stated.qualifier)
    expect(record?.['As worded']?.startsWith(`${stated.qualifier} `)).toBe(true)
    expect(record?.Figure).toBe(stated.label.en)
    expect(record?.Period).toBe(stated.period.en)
    expect(record?.Kind).toBe('Reported')
  })

  it('names the speaker and quote, the outside publisher and its quote, or the formula', () => {
    const [own, outside, computed] = recordsOf(chartCsv(figures, english, provenance)).records
    if (stated.source.kind !== 'stated' || context.source.kind !== 'context' || derived.source.kind !== 'derived') {
      throw new Error('the fixture figures changed kind')
    }
    expect(own?.['Speaker or source']).toBe(stated.source.speaker.name.en)
    expect(own?.['Quote or formula']).toBe(stated.source.quote)
    expect(outside?.['Speaker or source']).toBe(context.source.publisher.en)
    expect(outside?.['Quote or formula']).toBe(context.source.quote)
    expect(computed?.['Speaker or source']).toBe(`Derived: ${derived.source.formula.en}`)
    expect(computed?.['Quote or formula']).toBe(derived.source.formula.en)
  })

  it('writes headers and labels in Chinese, quotes as the source worded them', () => {
    const { header, records } = recordsOf(chartCsv(figures, chinese, provenance))
    expect(header.slice(0, 4)).toEqual(['指标', '限定词', '数值', '单位'])
    const [record] = records
    expect(record?.['指标']).toBe(stated.label.zh)
    expect(record?.['数值']).toBe(String(stated.value))
    expect(record?.['数据截至']).toBe('2023年1月13日')
    expect(record?.['引文或公式']).toBe(stated.source.kind === 'stated' ? stated.source.quote : '')
  })
})

describe('chartCsv for named lists', () => {
  const lists = data.lists.map((list) => toListRow(list, index))
  const trillion = must(
    lists.find((row) => row.list.tier === 'trillion-level'),
    'a trillion-level list',
  )
  const openEnded = must(
    lists.find((row) => row.list.isOpenEnded && row.list.tier !== undefined),
    'an open-ended list with a tier',
  )
  const named: ChartData = { kind: 'lists', rows: [trillion, openEnded] }

  it('writes one row per named item, with its list, tier, area and kind', () => {
    const { header, records } = recordsOf(chartCsv(named, english, provenance))
    expect(header.slice(0, 2)).toEqual(['Named item', 'List'])
    expect(records).toHaveLength(trillion.list.items.length + openEnded.list.items.length)
    const first = must(records[0], 'the first row')
    expect(first['Named item']).toBe(must(trillion.list.items[0], 'an item').label.en)
    expect(first.List).toBe(trillion.label.en)
    expect(first.Tier).toBe(en['tier.trillion-level'])
    expect(first.Area).toBe(trillion.region.en)
    expect(first.Kind).toBe(en[`kind.${trillion.list.kind}`])
  })

  it('names the list’s speaker and quote, and says when a list names examples only', () => {
    const { records } = recordsOf(chartCsv(named, english, provenance))
    const example = must(records.at(-1), 'a row of the open-ended list')
    expect(example.Qualifier).toBe('examples only (“such as”)')
    expect(example['Quote or formula']).toBe(openEnded.list.quote)
    expect(example['Speaker or source']).toBe(openEnded.speaker.name.en)
    expect(records[0]?.Qualifier).toBe('')
  })
})
