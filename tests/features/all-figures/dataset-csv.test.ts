// @vitest-environment node
import { toDatasetCsv } from '@/features/all-figures/dataset-csv'
import { selectEntries, type FactEntry } from '@/features/all-figures/select-all-figures'
import { en } from '@/i18n/en'
import { createI18n } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import type { Dataset } from '@/data/schema'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'
import { parseCsv } from '../../charts/export/parse-csv'

const english = createI18n('en', en)
const chinese = createI18n('zh', zhCN)
const factsOf = (data: Dataset) => selectEntries(data).filter((entry): entry is FactEntry => entry.type === 'fact')
const csvOf = (data: Dataset, i18n = english) =>
  toDatasetCsv(factsOf(data), i18n, {
    asOf: data.meta.asOf,
    urlOf: (entry) => `https://example.org/?source=${entry.id}`,
  })
const recordsOf = (csv: string) => parseCsv(csv.replace(/^\uFEFF/, ''))

describe('the whole dataset as CSV', () => {
  it('is UTF-8 with a byte-order mark and one record per fact, whatever the language', () => {
    const data = loadDataset()
    for (const i18n of [english, chinese]) {
      const csv = csvOf(data, i18n)
      expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
      const [header, ...records] = recordsOf(csv)
      expect(records).toHaveLength(data.facts.length)
      expect(records.every((record) => record.length === header?.length)).toBe(true)
    }
  })

  it('gives the label, the value as worded, the period and the area in both languages, a column each', () => {
    const data = loadDataset()
    const [header = [], ...records] = recordsOf(csvOf(data))
    for (const column of ['Figure', 'As worded', 'Period', 'Area']) {
      expect(header).toContain(`${column} (English)`)
      expect(header).toContain(`${column} (Chinese)`)
    }
    const row = must(
      records.find((record) => record[0] === 'nev-suppliers'),
      'the suppliers row',
    )
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('Figure (English)')).toBe('Supporting suppliers at all levels')
    expect(cell('Figure (Chinese)')).toBe('各级配套商')
    expect(cell('Value')).toBe('1600')
    expect(cell('Qualifier')).toBe('more than')
    expect(cell('As worded (English)')).toBe('more than 1,600 enterprises')
    expect(cell('Tab')).toBe('NEV ecosystem')
    expect(cell('Link to the figure')).toBe('https://example.org/?source=nev-suppliers')

    const [zhHeader = []] = recordsOf(csvOf(data, chinese))
    expect(zhHeader).toContain('指标（英文）')
    expect(zhHeader).toContain('指标（中文）')
  })

  it('writes a cell that a spreadsheet would run as a formula as text', () => {
    const data = loadDataset()
    const fact = must(data.facts[0], 'a fact')
    fact.label.en = '=HYPERLINK("https://evil.example","x")'
    fact.label.zh = '@SUM(1+1)'
    fact.period.en = '+1'
    fact.period.zh = '-1'
    const [header = [], first = []] = recordsOf(csvOf(data))
    expect(first[header.indexOf('Figure (English)')]).toBe(`'=HYPERLINK("https://evil.example","x")`)
    expect(first[header.indexOf('Figure (Chinese)')]).toBe(`'@SUM(1+1)`)
    expect(first[header.indexOf('Period (English)')]).toBe(`'+1`)
    expect(first[header.indexOf('Period (Chinese)')]).toBe(`'-1`)
  })
})
