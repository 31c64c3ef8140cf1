// @vitest-environment node
import { units } from '@/data/vocabulary'
import {
  nextSort,
  selectAllFigures,
  selectEntries,
  sortEntries,
  type Entry,
} from '@/features/all-figures/select-all-figures'
import { topicTabs } from '@/view-state/topic-tabs'
import { emptyFilters, sortColumns } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const ids = (rows: { id: string }[]) => rows.map((row) => row.id)
const select = (change: Partial<typeof emptyFilters> = {}, locale: 'en' | 'zh' = 'en') =>
  selectAllFigures(data, filters(change), locale)

describe('selectAllFigures', () => {
  it('lists every fact and every named list, in the dataset’s order, each with the tab that shows it', () => {
    const all = select()
    expect(ids(all.facts)).toEqual(ids(data.facts))
    expect(ids(all.lists)).toEqual(ids(data.lists))
    expect(all.total).toBe(data.facts.length + data.lists.length)
    expect(all.shown).toBe(all.total)
    for (const entry of [...all.facts, ...all.lists]) {
      const source = [...data.facts, ...data.lists].find((item) => item.id === entry.id)
      expect(entry.tab).toBe(topicTabs[must(source, entry.id).topic])
    }
  })

  it('filters by kind, speaker and topic together, and counts each choice given the other filters', () => {
    const chosen = select({ kind: ['target'], speaker: 'li-jie' })
    expect(chosen.shown).toBeGreaterThan(0)
    for (const entry of [...chosen.facts, ...chosen.lists]) {
      expect(entry.kind).toBe('target')
      expect(entry.speakerId).toBe('li-jie')
    }
    // A kind's count is what choosing it instead would leave, with the speaker kept.
    expect(chosen.kindCounts.get('target')).toBe(chosen.shown)
    const reported = select({ kind: ['reported'], speaker: 'li-jie' })
    expect(chosen.kindCounts.get('reported')).toBe(reported.shown)

    const nev = select({ topic: ['nev'] })
    expect(nev.facts.every((entry) => entry.topic === 'nev')).toBe(true)
    expect(nev.lists.every((entry) => entry.topic === 'nev')).toBe(true)
    expect(select().topicCounts.get('nev')).toBe(nev.shown)
  })

  it('finds text in either language, in a value as worded, a quote or a list’s items, whatever its case', () => {
    expect(ids(select({ q: 'SUPPORTING SUPPLIERS' }).facts)).toContain('nev-suppliers')
    expect(ids(select({ q: '1,600' }).facts)).toContain('nev-suppliers')
    expect(ids(select({ q: '1600家' }).facts)).toContain('nev-suppliers')
    const item = must(data.lists[0]?.items[0], 'a list item')
    expect(ids(select({ q: item.label.zh }).lists)).toContain(data.lists[0]?.id)
    expect(select({ q: 'no such text anywhere' }).shown).toBe(0)
  })

  it('keeps markup in the data as text to search, never anything else', () => {
    const hostile = loadDataset()
    const fact = must(hostile.facts[0], 'a fact')
    fact.label.en = '<img src=x onerror=alert(1)>'
    const found = selectAllFigures(hostile, filters({ q: '<img' }), 'en')
    expect(ids(found.facts)).toEqual([fact.id])
  })
})

describe('sorting', () => {
  const entries = selectEntries(data)
  const sorted = (sort: string, locale: 'en' | 'zh' = 'en') => sortEntries(entries, sort, locale)
  const facts = (rows: Entry[]) => rows.flatMap((entry) => (entry.type === 'fact' ? [entry] : []))

  it('sorts labels in the reader’s language, and descending reverses it', () => {
    const labels = sorted('label').map((entry) => entry.label.en)
    const collator = new Intl.Collator('en', { numeric: true })
    expect(labels).toEqual([...labels].sort(collator.compare))
    expect(sorted('label:desc').map((entry) => entry.label.en)).toEqual([...labels].reverse())
    const zh = sorted('label', 'zh').map((entry) => entry.label.zh)
    expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-CN', { numeric: true }).compare))
  })

  it('sorts values within their unit, then lists by how many items they name', () => {
    const rows = sorted('value')
    const unitOrder = facts(rows).map((entry) => units.indexOf(entry.row.unit))
    expect(unitOrder).toEqual([...unitOrder].sort((a, b) => a - b))
    const vehicles = facts(rows).filter((entry) => entry.row.unit === 'vehicles')
    expect(vehicles.map((entry) => entry.row.value)).toEqual(
      vehicles.map((entry) => entry.row.value).sort((a, b) => a - b),
    )
    expect(rows.at(-1)?.type).toBe('list')
  })

  it('puts what a column says nothing of last, ascending or descending', () => {
    for (const sort of ['period', 'period:desc', 'notes', 'notes:desc']) {
      const rows = sorted(sort)
      const blank = rows.findIndex((entry) =>
        sort.startsWith('period') ? entry.type === 'list' : entry.notes.length === 0,
      )
      expect(blank, sort).toBeGreaterThan(0)
      const after = rows.slice(blank)
      expect(
        after.every((entry) => (sort.startsWith('period') ? entry.type === 'list' : entry.notes.length === 0)),
        sort,
      ).toBe(true)
    }
  })

  it('keeps the dataset’s order among ties, and with no sort', () => {
    expect(sortEntries(entries, null, 'en')).toBe(entries)
    const byKind = sorted('kind').filter((entry) => entry.kind === 'reported')
    expect(ids(byKind)).toEqual(ids(entries.filter((entry) => entry.kind === 'reported')))
  })

  it('sorts by every column it offers', () => {
    for (const column of sortColumns) expect(sorted(column)).toHaveLength(entries.length)
  })

  it('steps a heading through ascending, descending and the dataset’s order', () => {
    expect(nextSort(null, 'value')).toBe('value')
    expect(nextSort('value', 'value')).toBe('value:desc')
    expect(nextSort('value:desc', 'value')).toBeNull()
    expect(nextSort('label:desc', 'value')).toBe('value')
  })
})
