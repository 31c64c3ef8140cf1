// @vitest-environment node
import { countBy, indexDataset, matchesAny, toFigureRow } from '@/data/select-figures'
import { toListRow } from '@/data/select-lists'
import { loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'

describe('matchesAny', () => {
  it('lets everything pass when nothing is chosen', () => {
    expect(matchesAny([], 'reported')).toBe(true)
  })

  it('lets only the chosen values pass', () => {
    expect(matchesAny(['reported', 'target'], 'target')).toBe(true)
    expect(matchesAny(['reported', 'target'], 'context')).toBe(false)
  })
})

describe('countBy', () => {
  const rows = [
    { id: 'a', tags: ['x', 'y'] },
    { id: 'b', tags: ['x', 'x'] },
    { id: 'c', tags: [] },
  ]

  it('counts each row once under each of its keys', () => {
    expect(countBy(rows, (row) => row.tags)).toEqual(
      new Map([
        ['x', 2],
        ['y', 1],
      ]),
    )
  })

  it('is empty for no rows', () => {
    expect(countBy([], () => ['x']).size).toBe(0)
  })
})

describe('toFigureRow', () => {
  const data = loadDataset()
  const index = indexDataset(data)
  const factOfKind = (kind: string) => {
    const fact = data.facts.find((f) => f.kind === kind)
    if (!fact) throw new Error(`the fixture has no ${kind} fact`)
    return fact
  }

  it('resolves a stated figure to its speaker and quote, and its area to a label', () => {
    const fact = factOfKind('reported')
    if (fact.kind !== 'reported') throw new Error('unreachable')
    const row = toFigureRow(fact, index)
    expect(row.source).toEqual({
      kind: 'stated',
      speaker: data.speakers.find((s) => s.id === fact.speaker),
      quote: fact.quote,
    })
    expect(row.region).toEqual(data.regions.find((r) => r.id === fact.region)?.label)
    expect(row).toMatchObject({
      id: fact.id,
      value: fact.value,
      unit: fact.unit,
      qualifier: fact.qualifier,
      kind: 'reported',
    })
  })

  it('resolves a derived figure to its formula and the labels of its inputs', () => {
    const fact = factOfKind('derived')
    if (fact.kind !== 'derived') throw new Error('unreachable')
    const row = toFigureRow(fact, index)
    expect(row.source).toEqual({
      kind: 'derived',
      formula: fact.derivation.formula,
      inputs: fact.derivation.inputs.map((id) => ({ id, label: data.facts.find((f) => f.id === id)?.label })),
    })
  })

  it('resolves a context figure to its publisher, page and quote', () => {
    const fact = factOfKind('context')
    if (fact.kind !== 'context') throw new Error('unreachable')
    expect(toFigureRow(fact, index).source).toEqual({ kind: 'context', ...fact.source })
  })

  it('gathers the notes a figure names and the notes that name it, each once', () => {
    for (const fact of data.facts) {
      const expected = data.notes.filter((note) => note.appliesTo.includes(fact.id) || fact.notes?.includes(note.id))
      const notes = toFigureRow(fact, index).notes
      expect(new Set(notes.map((note) => note.id)), fact.id).toEqual(new Set(expected.map((note) => note.id)))
      expect(notes, fact.id).toHaveLength(expected.length)
    }
  })
})

describe('toListRow', () => {
  it('resolves a list to its speaker, area and quote', () => {
    const data = loadDataset()
    const list = must(data.lists[0], 'a list')
    const row = toListRow(list, indexDataset(data))
    const speaker = data.speakers.find((s) => s.id === list.speaker)
    expect(row).toMatchObject({
      id: list.id,
      label: list.label,
      region: data.regions.find((r) => r.id === list.region)?.label,
      speaker,
      source: { kind: 'stated', speaker, quote: list.quote },
    })
  })
})
