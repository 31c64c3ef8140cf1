// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { DatasetError, type Problem } from '@/data/dataset-error'
import { fetchDataset } from '@/data/dataset-query'
import { parseDataset } from '@/data/parse-dataset'
import type { Dataset } from '@/data/schema'
import { deeplyNested, deeplyNestedText, fieldsOf, mutationsOf, type Mutation } from '../fixtures/hostile-mutations'
import { datasetSchema } from '@/data/schema'
import { caseTimer } from './case-timer'

/**
 * The real data/dataset.json with one hand-made mistake: parseDataset names the mistake by its path,
 * with a message short enough to list, however big or deep the broken value is.
 */

const NUM_RUNS = 1000
// parse-dataset.ts cuts messages at 240 characters (plus an ellipsis); paths of this dataset are short.
const MAX_MESSAGE = 241
const MAX_PATH = 300

const realJson = readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')
const real = () => JSON.parse(realJson) as Dataset
const mutations = mutationsOf(real())

function problemsOf(json: unknown): Problem[] {
  let caught: unknown
  try {
    parseDataset(json)
  } catch (error) {
    caught = error
  }
  expect(caught, 'the mutated dataset was accepted').toBeInstanceOf(DatasetError)
  const error = caught as DatasetError
  expect(error.kind).toBe('schema')
  return error.problems
}

/**
 * Whether a problem is at the path or inside it. Inside: an array where an object belongs is
 * reported key by key, below its path (see the known weakness at the end of this file).
 */
const isAtOrBelow = (problem: Problem, path: string) =>
  problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`)

/** The mistake is named at its path (with the expected words), and every problem is short enough to show. */
function expectNamed(problems: Problem[], mutation: Mutation) {
  const at = problems.filter((problem) => isAtOrBelow(problem, mutation.path))
  expect(at, `${mutation.kind} at ${mutation.path}: ${JSON.stringify(problems).slice(0, 500)}`).not.toEqual([])
  if (mutation.message) {
    const pattern = mutation.message
    expect(
      at.some((problem) => pattern.test(problem.message)),
      `${mutation.kind} at ${mutation.path}: ${JSON.stringify(at)}`,
    ).toBe(true)
  }
  for (const problem of problems) {
    expect(problem.message.length).toBeLessThanOrEqual(MAX_MESSAGE)
    expect(problem.path.length).toBeLessThanOrEqual(MAX_PATH)
  }
}

describe('parseDataset on the real dataset with one mistake', () => {
  it('accepts the real dataset as it is, and the mutations cover every kind of field', () => {
    expect(() => parseDataset(real())).not.toThrow()
    const fields = fieldsOf(datasetSchema as unknown as Parameters<typeof fieldsOf>[0], real())
    // Enough of the dataset is walked for the generators to reach every part of it.
    expect(fields.length).toBeGreaterThan(1000)
    expect(new Set(fields.map((field) => field.keys[0]))).toEqual(
      new Set(['$schema', 'schemaVersion', 'meta', 'speakers', 'regions', 'facts', 'lists', 'statements', 'notes']),
    )
  })

  const timer = caseTimer(`parseDataset(real dataset + one mutation) (numRuns ${NUM_RUNS})`)
  const perKind = new Map<string, ReturnType<typeof caseTimer>>()
  afterAll(() => {
    timer.report()
    for (const kindTimer of perKind.values()) kindTimer.report()
  })

  it('names each mistake by its path: dropped fields, wrong types, NaN and Infinity, negative and fractional counts, duplicate ids, unknown references, 1 MB texts, deep nesting', () => {
    const kinds = Object.entries(mutations).map(([name, arbitrary]) =>
      arbitrary.map((mutation) => ({ name, mutation })),
    )
    fc.assert(
      fc.property(fc.oneof(...kinds), ({ name, mutation }) => {
        const json = real() as unknown as Record<string, unknown>
        mutation.apply(json)
        const kindTimer = perKind.get(name) ?? caseTimer(`  mutation "${name}"`)
        perKind.set(name, kindTimer)
        const describe = () => `${mutation.kind} at ${mutation.path}`
        const problems = timer.time(describe, () => kindTimer.time(describe, () => problemsOf(json)))
        expectNamed(problems, mutation)
      }),
      { numRuns: NUM_RUNS },
    )
    // Every kind of mistake was tried.
    expect([...perKind.keys()].sort()).toEqual(Object.keys(mutations).sort())
  })

  it('names every mistake at once when several are made', () => {
    const several = fc.array(fc.oneof(...Object.values(mutations)), { minLength: 2, maxLength: 5 }).filter((list) => {
      // Independent mistakes only: each in an entry of its own (a fact, a list, meta…). Within one
      // fact a wrong "kind" hides its other fields: the schema cannot tell which kind to check.
      // A duplicate id also reads the entry it copies from: that entry counts as its own too.
      const entryOf = (path: string) => /^[^.[]+(?:\[\d+\])?/.exec(path)?.[0] ?? path
      const entries = list.map((mutation) => [mutation.path, ...(mutation.reads ? [mutation.reads] : [])].map(entryOf))
      const isRelated = (a: string, b: string) => a === b || a.startsWith(`${b}[`) || b.startsWith(`${a}[`)
      return entries.every((mine, i) =>
        entries.every((theirs, j) => i === j || mine.every((a) => theirs.every((b) => !isRelated(a, b)))),
      )
    })
    fc.assert(
      fc.property(several, (list) => {
        const json = real() as unknown as Record<string, unknown>
        for (const mutation of list) mutation.apply(json)
        const problems = problemsOf(json)
        // Reference checks run beside the schema's, on the entries that fit it. Only a whole
        // collection of another type takes away what they compare: its ids are not checked.
        const isReferenceCheck = (mutation: Mutation) =>
          mutation.message !== undefined && /duplicate|unknown|negative|whole/.test(mutation.message.source)
        const isCollectionRetyped = list.some((mutation) =>
          /^(?:speakers|regions|facts|lists|statements|notes)$/.test(mutation.path),
        )
        for (const mutation of list) {
          if (isCollectionRetyped && isReferenceCheck(mutation)) continue
          expectNamed(problems, mutation)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('a deeply nested dataset', () => {
  it('is named by its key, however deep, as built in memory', () => {
    for (const depth of [10_000, 100_000]) {
      const json = real() as unknown as Record<string, unknown>
      json.nested = deeplyNested(depth)
      expect(problemsOf(json).map((problem) => problem.path)).toEqual(['nested'])
    }
  })

  it('is read from JSON text and named, not a stack overflow (JSON.parse is not recursive in V8)', async () => {
    for (const depth of [10_000, 100_000]) {
      const text = realJson.replace(/^\{/, `{"nested":${deeplyNestedText(depth)},`)
      vi.stubGlobal('fetch', async () => new Response(text, { status: 200 }))
      const error = await fetchDataset().then(
        () => null,
        (reason: unknown) => reason,
      )
      expect(error).toBeInstanceOf(DatasetError)
      expect((error as DatasetError).kind).toBe('schema')
      expect((error as DatasetError).problems.map((problem) => problem.path)).toEqual(['nested'])
    }
  })
})

describe('a 1 MB unknown key', () => {
  // Paths are cut to a readable length, as messages are.
  it('gives a path cut to a readable length', () => {
    const json = real() as unknown as { facts: Record<string, unknown>[] }
    const first = json.facts[0]
    if (!first) throw new Error('the dataset has no facts')
    first['x'.repeat(1 << 20)] = 1
    for (const problem of problemsOf(json)) expect(problem.path.length).toBeLessThanOrEqual(MAX_PATH)
  })
})

describe('an array where an object belongs', () => {
  // App weakness (src/data/parse-dataset.ts with valibot's strictObject, which takes an array for
  // an object): `lists[2]: ["x"]` is reported as 15 problems, one per missing key
  // ("lists[2].id: Invalid key: Expected "id" but received undefined", …, and "lists[2].0"), never
  // as "lists[2]: expected an object, found an array". The root has its own check for this
  // (parseDataset says "found an array"); the same is missing below it. Expected: one problem at
  // lists[2] saying an object was expected.
  it('is reported once, at its own path, as an array', () => {
    const json = real() as unknown as { lists: unknown[] }
    json.lists[2] = ['x']
    const problems = problemsOf(json)
    expect(problems).toEqual([
      { path: 'lists[2]', keys: ['lists', 2], message: 'expected an object { … }, found a list of 1' },
    ])
  })
})
