import type { Dataset, Fact, FactKind, LocalText, Note, Qualifier, Speaker, Unit } from '@/data/schema'

/** Where a figure comes from, resolved so a component never looks anything up in the dataset. */
export type FigureSource =
  | { kind: 'stated'; speaker: Speaker; quote: string }
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
  notes: Note[]
}

/** Lookups built once per dataset (the query caches the dataset, so this runs once per load). */
export type DatasetIndex = {
  speakers: Map<string, Speaker>
  regions: Map<string, LocalText>
  facts: Map<string, Fact>
  notes: Map<string, Note>
  notesFor: Map<string, Note[]>
  /** Each fact's row, built once: tabs and filters re-select rows, they never rebuild them. */
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
      for (const id of note.appliesTo) notesFor.set(id, [...(notesFor.get(id) ?? []), note])
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
    if (first !== undefined) groups.set(first, [...(groups.get(first) ?? []), fact])
  }
  return groups
}

/** Facts turned into rows per slice of warmFigureRows: about 10 ms on a slow phone. */
const WARM_SLICE = 2000

/**
 * Builds every fact's row ahead of need, a slice at a time, giving the browser back its main thread
 * between slices, so a large dataset's tabs can later be built from cached rows without one long
 * task. Resolves when done; `isCancelled` stops it between slices.
 */
export async function warmFigureRows(data: Dataset, isCancelled: () => boolean): Promise<void> {
  const index = indexDataset(data)
  for (let start = 0; start < data.facts.length; start += WARM_SLICE) {
    if (isCancelled()) return
    for (const fact of data.facts.slice(start, start + WARM_SLICE)) toFigureRow(fact, index)
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
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
    notes: notesFor(fact.id, fact.notes, index),
  }
  index.rows.set(fact.id, row)
  return row
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
