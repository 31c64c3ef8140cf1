import type { Dataset, DerivedFact, Fact, FactList, Note, Region, Speaker, Statement } from '@/data/schema'
import type { PathKey, Problem } from '@/data/dataset-error'
import { describeFound, formatPath, problemAt, quoted } from '@/data/describe-issue'

type Entries<T> = readonly (T | undefined)[]
type Collection = 'speakers' | 'regions' | 'facts' | 'lists' | 'statements' | 'notes'

/**
 * A dataset's entries at their places in the file, undefined where an entry fails the schema, and
 * the ids the file gives them all: a reference to an entry with a mistake of its own is not also
 * reported as unknown. A collection that is not a list at all has ids null: references into it
 * are not checked.
 */
export type DatasetParts = {
  speakers: Entries<Speaker>
  regions: Entries<Region>
  facts: Entries<Fact>
  lists: Entries<FactList>
  statements: Entries<Statement>
  notes: Entries<Note>
  ids: Record<Collection, readonly (string | undefined)[] | null>
}

/** The parts of a dataset that passed the schema: every entry usable. */
export function partsOf(data: Dataset): DatasetParts {
  const idsOf = (entries: { id: string }[]) => entries.map((entry) => entry.id)
  return {
    ...data,
    ids: {
      speakers: idsOf(data.speakers),
      regions: idsOf(data.regions),
      facts: idsOf(data.facts),
      lists: idsOf(data.lists),
      statements: idsOf(data.statements),
      notes: idsOf(data.notes),
    },
  }
}

type Report = (keys: PathKey[], expected: string, found: string) => void

/** What a schema cannot say: ids unique, every reference resolved, every derived value recomputed. */
export function findReferenceProblems(parts: DatasetParts): Problem[] {
  const problems: Problem[] = []
  const report: Report = (keys, expected, found) => problems.push(problemAt(keys, expected, found))

  const speakerIds = collectUnique(parts.ids.speakers, ['speakers'], report)
  const regionIds = collectUnique(parts.ids.regions, ['regions'], report)
  const noteIds = collectUnique(parts.ids.notes, ['notes'], report)
  // Facts, lists and statements share one id space: a note may stand beside any of them.
  const { facts, lists, statements } = parts.ids
  const figureIds =
    facts && lists && statements
      ? collectUnique([...facts, ...lists, ...statements], ['facts'], report, [
          { at: facts.length, keys: ['lists'] },
          { at: facts.length + lists.length, keys: ['statements'] },
        ])
      : null
  const factIds = new Set(facts?.filter((id) => id !== undefined))
  const factsById = new Map<string, Fact>()
  for (const fact of parts.facts) if (fact) factsById.set(fact.id, fact)
  const proposalIds = new Set(
    parts.lists.flatMap((list) => (list?.category === 'proposal' ? list.items.map((item) => item.id) : [])),
  )

  const checkRef = (ids: Set<string> | null, ref: string, keys: PathKey[], what: string) => {
    if (ids && !ids.has(ref)) report(keys, `the id of ${what}`, `unknown ${quoted(ref)}`)
  }
  const checkNotes = (notes: string[] | undefined, at: PathKey[]) =>
    notes?.forEach((note, j) => checkRef(noteIds, note, [...at, 'notes', j], 'a note in "notes"'))

  parts.speakers.forEach((speaker, i) => {
    if (speaker) checkName(speaker, ['speakers', i], report)
  })

  parts.facts.forEach((fact, i) => {
    if (!fact) return
    const at: PathKey[] = ['facts', i]
    checkValue(fact, at, report)
    checkRef(regionIds, fact.region, [...at, 'region'], 'a region in "regions"')
    checkNotes(fact.notes, at)
    if (fact.kind === 'reported' || fact.kind === 'target') {
      checkRef(speakerIds, fact.speaker, [...at, 'speaker'], 'a speaker in "speakers"')
      checkOriginal(fact, at, report)
    }
    if (fact.kind === 'derived') checkDerivation(fact, at, factsById, factIds, report)
  })

  parts.lists.forEach((list, i) => {
    if (!list) return
    const at: PathKey[] = ['lists', i]
    checkRef(regionIds, list.region, [...at, 'region'], 'a region in "regions"')
    checkRef(speakerIds, list.speaker, [...at, 'speaker'], 'a speaker in "speakers"')
    checkNotes(list.notes, at)
    if (list.proposal !== undefined) {
      checkRef(proposalIds, list.proposal, [...at, 'proposal'], 'a proposal (an item of a "proposal" list)')
    }
    collectUnique(
      list.items.map((item) => item.id),
      [...at, 'items'],
      report,
    )
  })

  parts.statements.forEach((statement, i) => {
    if (!statement) return
    const at: PathKey[] = ['statements', i]
    checkRef(regionIds, statement.region, [...at, 'region'], 'a region in "regions"')
    if (statement.speaker !== undefined) {
      checkRef(speakerIds, statement.speaker, [...at, 'speaker'], 'a speaker in "speakers"')
    }
    checkNotes(statement.notes, at)
  })

  parts.notes.forEach((note, i) => {
    note?.appliesTo.forEach((ref, j) =>
      checkRef(figureIds, ref, ['notes', i, 'appliesTo', j], 'a fact, list or statement'),
    )
  })

  return problems
}

/**
 * The ids of one id space, each duplicate reported at its `id`. `splits` start the later
 * collections of a shared space (facts, then lists, then statements) at their own paths.
 */
function collectUnique(
  ids: readonly (string | undefined)[] | null,
  keys: PathKey[],
  report: Report,
  splits: { at: number; keys: PathKey[] }[] = [],
): Set<string> | null {
  if (!ids) return null
  const firstAt = new Map<string, PathKey[]>()
  const keysOf = (index: number): PathKey[] => {
    const split = splits.findLast((candidate) => index >= candidate.at)
    return split ? [...split.keys, index - split.at] : [...keys, index]
  }
  ids.forEach((id, index) => {
    if (id === undefined) return
    const first = firstAt.get(id)
    if (first)
      report(
        [...keysOf(index), 'id'],
        'an id not used before',
        `duplicate id ${quoted(id)}, first at ${formatPath(first)}`,
      )
    else firstAt.set(id, keysOf(index))
  })
  return new Set(firstAt.keys())
}

// Things counted come in whole, non-negative numbers; amounts and areas are never negative either.
// Only a percentage may be negative (a growth rate can be).
const countedUnits = new Set<Fact['unit']>(['vehicles', 'enterprises', 'clusters', 'parks', 'members', 'proposals'])

function checkValue(fact: Fact, at: PathKey[], report: Report) {
  if (fact.unit !== 'percent' && fact.value < 0) {
    report([...at, 'value'], `0 or more (${fact.unit} cannot be negative)`, String(fact.value))
  } else if (countedUnits.has(fact.unit) && !Number.isInteger(fact.value)) {
    report([...at, 'value'], `a whole number (${fact.unit} are counted in whole numbers)`, String(fact.value))
  }
}

/** A Chinese name comes with the page that confirms it, and that page's sentence names it. */
function checkName(speaker: Speaker, at: PathKey[], report: Report) {
  const { zh, zhSource } = speaker.name
  if (zh !== undefined && zhSource === undefined) {
    report([...at, 'name', 'zhSource'], `the public page that confirms the Chinese name ${zh}`, 'none')
  } else if (zh === undefined && zhSource !== undefined) {
    report([...at, 'name', 'zh'], 'the Chinese name that zhSource confirms', 'none')
  } else if (zh !== undefined && zhSource !== undefined && !zhSource.quote.includes(zh)) {
    report([...at, 'name', 'zhSource', 'quote'], `a sentence that names ${zh}`, quoted(zhSource.quote))
  }
}

/** The original's own figure is recorded only where it differs from the article's. */
function checkOriginal(fact: Fact & { kind: 'reported' | 'target' }, at: PathKey[], report: Report) {
  const original = fact.original
  if (!original) return
  if (original.value === fact.value) {
    report(
      [...at, 'original', 'value'],
      'a figure that differs from "value" (or no original.value)',
      String(original.value),
    )
  }
  if (original.qualifier !== undefined && original.value === undefined) {
    report([...at, 'original', 'value'], `the original's figure that "${original.qualifier}" qualifies`, 'none')
  }
}

function checkDerivation(
  fact: DerivedFact,
  at: PathKey[],
  factsById: Map<string, Fact>,
  factIds: Set<string>,
  report: Report,
) {
  const { method, inputs, years, significantFigures } = fact.derivation
  const derivationAt = [...at, 'derivation']
  const values: number[] = []
  inputs.forEach((ref, j) => {
    const input = factsById.get(ref)
    const inputAt = [...derivationAt, 'inputs', j]
    if (ref === fact.id) {
      report(inputAt, 'the id of another fact (a derived fact cannot be its own input)', `its own id ${quoted(ref)}`)
    } else if (input) values.push(input.value)
    else if (!factIds.has(ref)) report(inputAt, 'the id of a fact in "facts"', `unknown ${quoted(ref)}`)
  })
  // An input with a mistake of its own has been reported; there is nothing to recompute from.
  if (values.length !== inputs.length) return
  if (inputs.length !== 2) {
    report([...derivationAt, 'inputs'], `two fact ids for ${method}`, describeFound(inputs))
    return
  }
  if (method === 'cagr' && years === undefined) {
    report([...derivationAt, 'years'], 'the years between the inputs, for cagr', 'none')
    return
  }
  const computed = computeDerivedValue(method, values, years)
  if (computed === undefined) {
    report([...derivationAt, 'inputs', 1], `a fact whose value is not 0 (${method} divides by it)`, '0')
  } else if (fact.value !== roundToSignificant(computed, significantFigures)) {
    const expected = roundToSignificant(computed, significantFigures)
    report(
      [...at, 'value'],
      `${expected} (${method} of its inputs, ${roundToSignificant(computed, 6)}, to ${significantFigures} significant figures)`,
      String(fact.value),
    )
  }
}

/** A number rounded to `figures` significant figures: 10.963 to 3 is 11, to 4 is 10.96. */
export function roundToSignificant(value: number, figures: number): number {
  return Number(value.toPrecision(figures))
}

/** The arithmetic behind each derivation method; the dataset stores the result rounded. */
export function computeDerivedValue(
  method: DerivedFact['derivation']['method'],
  values: number[],
  years?: number,
): number | undefined {
  const [a, b] = values
  if (values.length !== 2 || a === undefined || b === undefined || b === 0) return undefined
  switch (method) {
    case 'ratio':
      return a / b
    case 'percent':
      return (a / b) * 100
    case 'difference':
      return a - b
    case 'percent-change':
      return (a / b - 1) * 100
    case 'cagr':
      return years === undefined ? undefined : ((a / b) ** (1 / years) - 1) * 100
  }
}
