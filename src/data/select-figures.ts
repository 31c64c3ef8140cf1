import type { Dataset, Fact, FactKind, LocalText, Note, Qualifier, Speaker, Statement, Unit } from '@/data/schema'

/** Where a figure comes from, resolved so a component never looks anything up in the dataset. */
export type FigureSource =
  | { kind: 'stated'; speaker: Speaker; quote: string }
  /** Said by the article itself, in its own words, not by a speaker. */
  | { kind: 'article'; quote: string }
  | { kind: 'derived'; formula: LocalText; inputs: { id: string; label: LocalText }[] }
  | { kind: 'context'; publisher: LocalText; url: string; quote: string }

/** One figure, ready to draw, tabulate or cite. */
export type FigureRow = {
  id: string
  label: LocalText
  value: number
  unit: Unit
  qualifier?: Qualifier
  kind: FactKind
  period: LocalText
  region: LocalText
  regionId: string
  source: FigureSource
  /** Who the figure is owed to: its speaker, or for a derived figure its first input's speaker. */
  speakerId: string | null
  /** Significant digits, where the dataset states them (a derived figure's precision). */
  precision?: number | undefined
  /** The same statement in the Chinese original, with its own figure where it differs. */
  original?: Original | undefined
  notes: Note[]
}

export type Original = {
  value?: number | undefined
  qualifier?: Qualifier | undefined
  quote: string
  url: string
  publisher: LocalText
}

/** A claim without a number, as the article reports it: shown as text, never as a bar. */
export type StatementRow = {
  id: string
  /** The claim, as a sentence. */
  label: LocalText
  kind: FactKind
  region: LocalText
  regionId: string
  period: LocalText
  source: Extract<FigureSource, { kind: 'stated' | 'article' }>
  notes: Note[]
}

/**
 * Lookups built once per dataset, kept beside it (the dataset is never changed, only replaced by a
 * new one, so its identity is a safe key): every tab reads them instead of scanning the facts.
 */
export type DatasetIndex = {
  speakers: Map<string, Speaker>
  regions: Map<string, LocalText>
  facts: Map<string, Fact>
  notes: Map<string, Note>
  notesFor: Map<string, Note[]>
  /** Each fact's row, built when first selected: tabs and filters re-select rows, they never rebuild them. */
  rows: Map<string, FigureRow>
  /** Derived facts by the fact they start from (their first input), to find without a scan. */
  derivedFrom: Map<string, Fact[]>
}

const indexes = new WeakMap<Dataset, DatasetIndex>()

export function indexDataset(data: Dataset): DatasetIndex {
  let index = indexes.get(data)
  if (!index) {
    const notesFor = new Map<string, Note[]>()
    for (const note of data.notes) {
      for (const id of note.appliesTo) appendTo(notesFor, id, note)
    }
    index = {
      speakers: new Map(data.speakers.map((s) => [s.id, s])),
      regions: new Map(data.regions.map((r) => [r.id, r.label])),
      facts: new Map(data.facts.map((f) => [f.id, f])),
      notes: new Map(data.notes.map((n) => [n.id, n])),
      notesFor,
      rows: new Map(),
      derivedFrom: groupDerivedByFirstInput(data.facts),
    }
    indexes.set(data, index)
  }
  return index
}

function groupDerivedByFirstInput(facts: Fact[]): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>()
  for (const fact of facts) {
    if (fact.kind !== 'derived') continue
    const first = fact.derivation.inputs[0]
    if (first !== undefined) appendTo(groups, first, fact)
  }
  return groups
}

/** Adds to a group in place: copying the group on each add is quadratic in a large dataset. */
function appendTo<T>(groups: Map<string, T[]>, key: string, item: T) {
  const group = groups.get(key)
  if (group) group.push(item)
  else groups.set(key, [item])
}

const unknownRegion: LocalText = { en: 'Unknown area', zh: '未知地区' }

export function toFigureRow(fact: Fact, index: DatasetIndex): FigureRow {
  const cached = index.rows.get(fact.id)
  if (cached) return cached
  const row: FigureRow = {
    id: fact.id,
    label: fact.label,
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier,
    kind: fact.kind,
    period: fact.period,
    region: index.regions.get(fact.region) ?? unknownRegion,
    regionId: fact.region,
    source: toSource(fact, index),
    speakerId: speakerIdOf(fact, index),
    precision: fact.kind === 'derived' ? fact.derivation.significantFigures : undefined,
    original: fact.kind === 'reported' || fact.kind === 'target' ? fact.original : undefined,
    notes: notesFor(fact.id, fact.notes, index),
  }
  index.rows.set(fact.id, row)
  return row
}

function speakerIdOf(fact: Fact, index: DatasetIndex): string | null {
  if (fact.kind === 'reported' || fact.kind === 'target') return fact.speaker
  if (fact.kind !== 'derived') return null
  const first = index.facts.get(fact.derivation.inputs[0] ?? '')
  return first && (first.kind === 'reported' || first.kind === 'target') ? first.speaker : null
}

function toSource(fact: Fact, index: DatasetIndex): FigureSource {
  switch (fact.kind) {
    case 'derived':
      return {
        kind: 'derived',
        formula: fact.derivation.formula,
        inputs: fact.derivation.inputs.map((id) => ({ id, label: index.facts.get(id)?.label ?? { en: id, zh: id } })),
      }
    case 'context':
      return { kind: 'context', publisher: fact.source.publisher, url: fact.source.url, quote: fact.source.quote }
    default: {
      // parseDataset has checked the reference; the fallback only keeps the types honest.
      const speaker = index.speakers.get(fact.speaker) ?? {
        id: fact.speaker,
        name: { en: fact.speaker },
        role: { en: '', zh: '' },
      }
      return { kind: 'stated', speaker, quote: fact.quote }
    }
  }
}

/** The notes that stand beside a figure or list: those it names and those that name it. */
export function notesFor(id: string, named: string[] | undefined, index: DatasetIndex): Note[] {
  const notes = new Set(index.notesFor.get(id))
  for (const noteId of named ?? []) {
    const note = index.notes.get(noteId)
    if (note) notes.add(note)
  }
  return [...notes]
}

export function toStatementRow(statement: Statement, index: DatasetIndex): StatementRow {
  const speaker = statement.speaker ? index.speakers.get(statement.speaker) : undefined
  return {
    id: statement.id,
    label: statement.text,
    kind: statement.kind,
    region: index.regions.get(statement.region) ?? unknownRegion,
    regionId: statement.region,
    period: statement.period,
    source: speaker ? { kind: 'stated', speaker, quote: statement.quote } : { kind: 'article', quote: statement.quote },
    notes: notesFor(statement.id, statement.notes, index),
  }
}

/** How many rows each choice would leave, given the rest of the filters. */
export function countBy<Row, Key extends string>(rows: Row[], keysOf: (row: Row) => Key[]): Map<Key, number> {
  const counts = new Map<Key, number>()
  for (const row of rows) {
    for (const key of new Set(keysOf(row))) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Multi-choice filter semantics: nothing chosen means everything passes. */
export function matchesAny<T>(chosen: readonly T[], value: T): boolean {
  return chosen.length === 0 || chosen.includes(value)
}
