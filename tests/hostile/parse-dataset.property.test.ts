// @vitest-environment node
import fc from 'fast-check'
import { DatasetError } from '@/data/dataset-error'
import { parseDataset } from '@/data/parse-dataset'
import { loadDataset } from '../fixtures/dataset'
import { caseTimer, describeValue } from './case-timer'

/**
 * Whatever JSON (or JavaScript value) arrives as the dataset, parseDataset gives a dataset or a
 * DatasetError of kind 'schema' listing at least one problem, each with a path and a message:
 * never another exception, never a partial result.
 */

const NUM_RUNS = { json: 1000, anything: 1000, shaped: 1000, subtree: 500 }
// parse-dataset.ts cuts messages at 240 characters and adds an ellipsis.
const MAX_MESSAGE = 241

type Outcome = { kind: 'dataset' } | { kind: 'rejected'; error: DatasetError }

function outcomeOf(json: unknown): Outcome {
  try {
    parseDataset(json)
    return { kind: 'dataset' }
  } catch (error) {
    expect(error, 'parseDataset threw something other than a DatasetError').toBeInstanceOf(DatasetError)
    return { kind: 'rejected', error: error as DatasetError }
  }
}

/** Whether a key anywhere in the value is empty or only spaces (see the known bug below). */
function hasBlankKey(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false
  seen.add(value)
  return Object.entries(value).some(([key, item]) => key.trim() === '' || hasBlankKey(item, seen))
}

/** The contract of a rejection: kind 'schema', one or more problems, each with a path and a short message. */
function expectClearRejection(error: DatasetError, json: unknown) {
  expect(error.kind).toBe('schema')
  expect(error.problems.length).toBeGreaterThan(0)
  expect(error.message).toMatch(/^dataset\.json: \d+ problems? with the data$/)
  for (const problem of error.problems) {
    expect(typeof problem.path).toBe('string')
    // A blank path is allowed only where the known bug below makes one: an unknown key "" or " ".
    if (!hasBlankKey(json)) expect(problem.path.trim()).not.toBe('')
    expect(problem.message.trim()).not.toBe('')
    expect(problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE)
  }
}

const TOP_KEYS = ['schemaVersion', 'meta', 'speakers', 'regions', 'facts', 'lists', 'statements', 'notes'] as const

/** An object with the dataset's own keys, each holding any JSON: past the root check, into the schema. */
const shapedJson = fc.record(
  Object.fromEntries(TOP_KEYS.map((key) => [key, fc.jsonValue({ maxDepth: 4 })])) as Record<
    (typeof TOP_KEYS)[number],
    fc.Arbitrary<fc.JsonValue>
  >,
  { requiredKeys: [] },
)

/** Every path to a value in a JSON tree, as keys. */
function pathsIn(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at)
  if (Array.isArray(value)) value.forEach((item, index) => pathsIn(item, [...at, index], out))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsIn(item, [...at, key], out)
  }
  return out
}

const realPaths = pathsIn(loadDataset()).filter((path) => path.length > 0)

/** The real dataset with one subtree, anywhere, replaced by any JSON. */
const realWithSubtree = fc
  .tuple(fc.constantFrom(...realPaths), fc.jsonValue({ maxDepth: 3 }))
  .map(([path, replacement]) => {
    const json = loadDataset() as unknown as Record<string | number, unknown>
    let parent = json
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
    parent[path.at(-1) as string | number] = replacement
    return {
      path: path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
        .join('')
        .slice(1),
      json,
    }
  })

describe('parseDataset on any value', () => {
  const timers = {
    json: caseTimer(`parseDataset(fc.jsonValue()) (numRuns ${NUM_RUNS.json})`),
    anything: caseTimer(`parseDataset(fc.anything()) (numRuns ${NUM_RUNS.anything})`),
    shaped: caseTimer(`parseDataset(dataset keys, any values) (numRuns ${NUM_RUNS.shaped})`),
    subtree: caseTimer(`parseDataset(real dataset, one subtree any JSON) (numRuns ${NUM_RUNS.subtree})`),
  }
  afterAll(() => {
    for (const timer of Object.values(timers)) timer.report()
  })

  it('rejects any JSON value that is not a dataset with a schema error listing its paths', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const outcome = timers.json.time(
          () => describeValue(json),
          () => outcomeOf(json),
        )
        // Random JSON is never a whole valid dataset.
        expect(outcome.kind).toBe('rejected')
        if (outcome.kind === 'rejected') expectClearRejection(outcome.error, json)
      }),
      { numRuns: NUM_RUNS.json },
    )
  })

  it('rejects any JavaScript value (bigint, symbols, functions, sparse arrays, null prototypes) the same way', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    })
    fc.assert(
      fc.property(fc.oneof(anything, fc.func(fc.anything()), fc.constant(Symbol('dataset'))), (value) => {
        const outcome = timers.anything.time(
          () => describeValue(value),
          () => outcomeOf(value),
        )
        expect(outcome.kind).toBe('rejected')
        if (outcome.kind === 'rejected') expectClearRejection(outcome.error, value)
      }),
      { numRuns: NUM_RUNS.anything },
    )
  })

  it('rejects an object with the dataset’s keys and the wrong contents, naming paths below those keys', () => {
    fc.assert(
      fc.property(shapedJson, (json) => {
        const outcome = timers.shaped.time(
          () => describeValue(json),
          () => outcomeOf(json),
        )
        expect(outcome.kind).toBe('rejected')
        if (outcome.kind !== 'rejected') return
        expectClearRejection(outcome.error, json)
        for (const problem of outcome.error.problems) {
          expect(problem.path === '(root)' || TOP_KEYS.some((key) => problem.path.startsWith(key)), problem.path).toBe(
            true,
          )
        }
      }),
      { numRuns: NUM_RUNS.shaped },
    )
  })

  it('accepts or clearly rejects the real dataset with any one subtree replaced', () => {
    fc.assert(
      fc.property(realWithSubtree, ({ path, json }) => {
        const outcome = timers.subtree.time(
          () => `${path} replaced`,
          () => outcomeOf(json),
        )
        if (outcome.kind === 'rejected') expectClearRejection(outcome.error, json)
      }),
      { numRuns: NUM_RUNS.subtree },
    )
  })
})

describe('parseDataset naming an unknown key', () => {
  // A blank, odd or long key is written quoted and cut, so every path can be read.
  it.each([[{ '': null }], [{ '  ': 1 }]])('gives a path a reader can see for %j', (json) => {
    let caught: unknown
    try {
      parseDataset(json)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DatasetError)
    for (const problem of (caught as DatasetError).problems) expect(problem.path.trim()).not.toBe('')
  })
})
