import * as v from 'valibot'
import { datasetSchema, type Dataset, type DerivedFact } from '@/data/schema'
import { DatasetError, type Problem } from '@/data/dataset-error'

const MAX_MESSAGE = 240

/**
 * Checks an unknown JSON value against the schema and the dataset's own references, and returns
 * it typed. Throws a DatasetError of kind 'schema' listing every problem by path; never a partial result.
 */
export function parseDataset(json: unknown): Dataset {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const found = json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json
    throw schemaError([
      {
        path: '(root)',
        message: `must be an object with meta, speakers, regions, facts, lists and notes; found ${found}`,
      },
    ])
  }
  const parsed = v.safeParse(datasetSchema, json, { abortEarly: false })
  if (!parsed.success) {
    throw schemaError(toProblems(parsed.issues))
  }
  const problems = findReferenceProblems(parsed.output)
  if (problems.length > 0) throw schemaError(problems)
  return parsed.output
}

function schemaError(problems: Problem[]): DatasetError {
  const count = problems.length
  return new DatasetError('schema', `dataset.json: ${count} problem${count === 1 ? '' : 's'} with the data`, {
    problems,
  })
}

/**
 * Valibot's objects accept an array and then report every key it lacks. An array where an object
 * belongs is one mistake: say so once, at the array's own path.
 */
function toProblems(issues: v.BaseIssue<unknown>[]): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  for (const issue of issues) {
    const path = issue.path ?? []
    const last = path.at(-1)
    const isArrayForObject = last !== undefined && typeof last.key === 'string' && Array.isArray(last.input)
    const problem = isArrayForObject
      ? { path: formatPath(path.slice(0, -1)), message: 'must be an object, found an array' }
      : {
          path: formatPath(path),
          message: isUnknownKey(issue) ? 'is not a field the schema knows' : truncate(issue.message),
        }
    const key = `${problem.path}\u0000${problem.message}`
    if (!seen.has(key)) problems.push(problem)
    seen.add(key)
  }
  return problems
}

const isUnknownKey = (issue: v.BaseIssue<unknown>) => issue.type === 'strict_object' && issue.expected === 'never'

const MAX_KEY = 60

/**
 * `facts[3].value`. A key that is blank, odd or long is written quoted, and cut, so every path can
 * be read and none can pass for another: `facts[3][""]`, `meta["a.b"]`.
 */
function formatPath(path: v.IssuePathItem[] | undefined): string {
  if (!path || path.length === 0) return '(root)'
  return path
    .map((item, index) => {
      if (typeof item.key === 'number') return `[${item.key}]`
      const key = String(item.key)
      if (/^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= MAX_KEY) return index === 0 ? key : `.${key}`
      const shown = key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key
      return `["${shown}"]`
    })
    .join('')
}

function truncate(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message
}

/** What a schema cannot say: ids unique, every reference resolved, every derived value recomputable. */
export function findReferenceProblems(data: Dataset): Problem[] {
  const problems: Problem[] = []
  const report = (path: string, message: string) => problems.push({ path, message })

  const speakerIds = collectUnique(data.speakers, 'speakers', report)
  const regionIds = collectUnique(data.regions, 'regions', report)
  const noteIds = collectUnique(data.notes, 'notes', report)
  // Facts and lists share one id space: a note may stand beside either.
  const figureIds = collectUnique([...data.facts, ...data.lists], 'facts', report, data.facts.length, 'lists')

  const factsById = new Map(data.facts.map((fact) => [fact.id, fact]))
  const proposalIds = new Set(
    data.lists.filter((list) => list.category === 'proposal').flatMap((list) => list.items.map((item) => item.id)),
  )

  const checkRef = (ids: Set<string>, ref: string, path: string, what: string) => {
    if (!ids.has(ref)) report(path, `unknown ${what} "${truncate(ref)}"`)
  }

  data.facts.forEach((fact, i) => {
    const at = `facts[${i}]`
    checkValue(fact, at, report)
    checkRef(regionIds, fact.region, `${at}.region`, 'region')
    fact.notes?.forEach((note, j) => checkRef(noteIds, note, `${at}.notes[${j}]`, 'note'))
    if (fact.kind === 'reported' || fact.kind === 'target') {
      checkRef(speakerIds, fact.speaker, `${at}.speaker`, 'speaker')
    }
    if (fact.kind === 'derived') {
      checkDerivation(fact, at, factsById, report)
    }
  })

  data.lists.forEach((list, i) => {
    const at = `lists[${i}]`
    checkRef(regionIds, list.region, `${at}.region`, 'region')
    checkRef(speakerIds, list.speaker, `${at}.speaker`, 'speaker')
    list.notes?.forEach((note, j) => checkRef(noteIds, note, `${at}.notes[${j}]`, 'note'))
    if (list.proposal !== undefined) checkRef(proposalIds, list.proposal, `${at}.proposal`, 'proposal')
    collectUnique(list.items, `${at}.items`, report)
  })

  data.notes.forEach((note, i) => {
    note.appliesTo.forEach((ref, j) => checkRef(figureIds, ref, `notes[${i}].appliesTo[${j}]`, 'fact or list'))
  })

  return problems
}

function collectUnique(
  entries: { id: string }[],
  path: string,
  report: (path: string, message: string) => void,
  splitAt = entries.length,
  secondPath = path,
): Set<string> {
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    const at = index < splitAt ? `${path}[${index}]` : `${secondPath}[${index - splitAt}]`
    if (seen.has(entry.id)) report(`${at}.id`, `duplicate id "${truncate(entry.id)}"`)
    seen.add(entry.id)
  })
  return seen
}

// Things counted come in whole, non-negative numbers; amounts and areas are never negative either.
// Only a percentage may be negative (a growth rate can be).
const countedUnits = new Set<Dataset['facts'][number]['unit']>([
  'vehicles',
  'enterprises',
  'clusters',
  'parks',
  'members',
  'proposals',
])

function checkValue(fact: Dataset['facts'][number], at: string, report: (path: string, message: string) => void) {
  if (fact.unit !== 'percent' && fact.value < 0)
    report(`${at}.value`, `is ${fact.value}, but ${fact.unit} cannot be negative`)
  else if (countedUnits.has(fact.unit) && !Number.isInteger(fact.value)) {
    report(`${at}.value`, `is ${fact.value}, but ${fact.unit} are counted in whole numbers`)
  }
}

function checkDerivation(
  fact: DerivedFact,
  at: string,
  factsById: Map<string, Dataset['facts'][number]>,
  report: (path: string, message: string) => void,
) {
  const { method, inputs, years } = fact.derivation
  const values: number[] = []
  inputs.forEach((ref, j) => {
    const input = factsById.get(ref)
    if (!input) report(`${at}.derivation.inputs[${j}]`, `unknown fact "${truncate(ref)}"`)
    else if (input.id === fact.id) report(`${at}.derivation.inputs[${j}]`, 'a derived fact cannot be its own input')
    else values.push(input.value)
  })
  if (values.length !== inputs.length) return
  const computed = computeDerivedValue(method, values, years)
  if (computed === undefined) {
    report(`${at}.derivation`, `method "${method}" needs ${method === 'cagr' ? 'two inputs and years' : 'two inputs'}`)
  } else if (!matchesToStatedPrecision(fact.value, computed)) {
    report(`${at}.value`, `is ${fact.value}, but ${method} of its inputs gives ${round(computed, 6)}`)
  }
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

function matchesToStatedPrecision(stated: number, computed: number): boolean {
  const decimals = (String(stated).split('.')[1] ?? '').length
  return Math.abs(stated - computed) <= 0.5 * 10 ** -decimals + 1e-9
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits))
}
