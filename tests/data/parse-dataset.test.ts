// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DatasetError, type Problem } from '@/data/dataset-error'
import { computeDerivedValue, parseDataset } from '@/data/parse-dataset'
import type { DerivedFact } from '@/data/schema'
import { datasetWith, datasetWithout, loadDataset, valueAt } from '../fixtures/dataset'
import { must } from '../fixtures/must'

const realDataset = () =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as unknown

/** The problems parseDataset lists for a dataset it must reject. */
function problemsOf(json: unknown): Problem[] {
  let caught: unknown
  try {
    parseDataset(json)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(DatasetError)
  const error = caught as DatasetError
  expect(error.kind).toBe('schema')
  expect(error.problems.length).toBeGreaterThan(0)
  return error.problems
}

const pathsOf = (json: unknown) => problemsOf(json).map((problem) => problem.path)
const problemAt = (json: unknown, path: string) => problemsOf(json).find((problem) => problem.path === path)

const indexOfFact = (test: (fact: ReturnType<typeof loadDataset>['facts'][number]) => boolean) => {
  const index = loadDataset().facts.findIndex(test)
  expect(index).toBeGreaterThanOrEqual(0)
  return index
}

describe('parseDataset', () => {
  it('accepts the real data/dataset.json and returns it typed and whole', () => {
    const json = realDataset() as ReturnType<typeof loadDataset>
    const dataset = parseDataset(json)
    expect(dataset.facts.map((fact) => fact.id)).toEqual(json.facts.map((fact) => fact.id))
    expect(dataset.lists).toHaveLength(json.lists.length)
    expect(dataset.notes).toHaveLength(json.notes.length)
  })

  it('rejects a value of the wrong type, naming its path and the type expected', () => {
    const problems = problemsOf(datasetWith('facts[0].value', 'many'))
    expect(problems).toEqual([{ path: 'facts[0].value', message: expect.stringMatching(/number/i) }])
  })

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('rejects a %s value (possible in a JS object, never in JSON)', (_name, value) => {
    expect(pathsOf(datasetWith('facts[0].value', value))).toEqual(['facts[0].value'])
  })

  it.each(['facts[0].label', 'facts[0].kind', 'meta.asOf', 'lists[0].items', 'speakers[0].role'])(
    'rejects a dataset missing %s',
    (path) => {
      expect(pathsOf(datasetWithout(path))).toContain(path)
    },
  )

  it.each(['colour', 'facts[0].colour', 'meta.article.colour', 'lists[0].items[0].colour'])(
    'rejects an unknown key at %s rather than ignoring it',
    (path) => {
      expect(pathsOf(datasetWith(path, 'red'))).toEqual([path])
    },
  )

  it('rejects values outside the schema: an unknown kind, unit or qualifier, an empty text, a bad date or URL', () => {
    const broken: [string, unknown][] = [
      ['facts[0].kind', 'rumour'],
      ['facts[0].unit', 'bananas'],
      ['facts[0].qualifier', 'roughly'],
      ['facts[0].label.en', '   '],
      ['meta.asOf', '13/01/2023'],
      ['meta.article.url', 'javascript:alert(1)'],
      ['facts[0].id', 'Not Kebab'],
    ]
    for (const [path, value] of broken) expect(pathsOf(datasetWith(path, value)), path).toContain(path)
  })

  it('says the root is wrong when given something other than an object', () => {
    for (const json of [null, 'dataset', 42, []]) expect(pathsOf(json)).toEqual(['(root)'])
  })

  it('lists every problem at once, not only the first', () => {
    const json = datasetWith('facts[0].value', 'many') as ReturnType<typeof loadDataset>
    must(json.facts[1], 'a second fact').unit = 'bananas' as 'yuan'
    expect(pathsOf(json)).toEqual(expect.arrayContaining(['facts[0].value', 'facts[1].unit']))
  })

  describe('references the schema cannot check', () => {
    it('rejects two speakers with one id', () => {
      const firstId = valueAt('speakers[0].id')
      const problem = problemAt(datasetWith('speakers[1].id', firstId), 'speakers[1].id')
      expect(problem?.message).toContain(`duplicate id "${String(firstId)}"`)
    })

    it('rejects a list whose id is already a fact id (facts and lists share one id space)', () => {
      expect(pathsOf(datasetWith('lists[0].id', valueAt('facts[0].id')))).toContain('lists[0].id')
    })

    it('rejects a list naming the same item twice', () => {
      expect(pathsOf(datasetWith('lists[0].items[1].id', valueAt('lists[0].items[0].id')))).toEqual([
        'lists[0].items[1].id',
      ])
    })

    it('rejects an unknown speaker reference on a fact and on a list', () => {
      expect(problemAt(datasetWith('facts[0].speaker', 'nobody'), 'facts[0].speaker')?.message).toContain('"nobody"')
      expect(pathsOf(datasetWith('lists[0].speaker', 'nobody'))).toEqual(['lists[0].speaker'])
    })

    it('rejects an unknown note reference, from a fact or from a note to a fact', () => {
      expect(pathsOf(datasetWith('facts[0].notes[0]', 'no-such-note'))).toEqual(['facts[0].notes[0]'])
      expect(pathsOf(datasetWith('notes[0].appliesTo[0]', 'no-such-fact'))).toEqual(['notes[0].appliesTo[0]'])
    })

    it('rejects an unknown region on a fact and on a list', () => {
      expect(problemAt(datasetWith('facts[0].region', 'atlantis'), 'facts[0].region')?.message).toContain('"atlantis"')
      expect(pathsOf(datasetWith('lists[0].region', 'atlantis'))).toEqual(['lists[0].region'])
    })

    it('rejects a finance list serving a proposal that does not exist', () => {
      const index = loadDataset().lists.findIndex((list) => list.proposal !== undefined)
      expect(pathsOf(datasetWith(`lists[${index}].proposal`, 'no-such-proposal'))).toEqual([`lists[${index}].proposal`])
    })
  })

  describe('derived values', () => {
    const derivedIndex = indexOfFact((fact) => fact.kind === 'derived')
    const derived = () => loadDataset().facts[derivedIndex] as DerivedFact

    it('rejects a derived value that does not match its inputs', () => {
      const wrong = derived().value + 1
      const problem = problemAt(datasetWith(`facts[${derivedIndex}].value`, wrong), `facts[${derivedIndex}].value`)
      expect(problem?.message).toContain(`is ${wrong}`)
      expect(problem?.message).toContain(derived().derivation.method)
    })

    it('accepts a derived value rounded to the precision it states, and no coarser', () => {
      const { derivation } = derived()
      const facts = new Map(loadDataset().facts.map((fact) => [fact.id, fact.value]))
      const exact = must(
        computeDerivedValue(
          derivation.method,
          derivation.inputs.map((id) => must(facts.get(id), id)),
          derivation.years,
        ),
        'a computable derivation',
      )
      const path = `facts[${derivedIndex}].value`
      expect(() => parseDataset(datasetWith(path, Number(exact.toFixed(3))))).not.toThrow()
      // Two decimals stated, 0.03 or 0.04 off: outside the ±0.005 those decimals allow.
      const offByHundredths = [0.03, 0.04]
        .map((d) => Number((exact + d).toFixed(2)))
        .find((v) => /\.\d\d$/.test(String(v)))
      expect(() => parseDataset(datasetWith(path, offByHundredths))).toThrow(DatasetError)
    })

    it('rejects a derivation from an unknown fact, or from itself', () => {
      const at = `facts[${derivedIndex}].derivation.inputs[0]`
      expect(pathsOf(datasetWith(at, 'no-such-fact'))).toContain(at)
      expect(problemAt(datasetWith(at, derived().id), at)?.message).toMatch(/own input/)
    })
  })
})

describe('computeDerivedValue', () => {
  it('computes each method from two inputs', () => {
    expect(computeDerivedValue('ratio', [6, 3])).toBe(2)
    expect(computeDerivedValue('percent', [1, 4])).toBe(25)
    expect(computeDerivedValue('difference', [5, 3])).toBe(2)
    expect(computeDerivedValue('percent-change', [110, 100])).toBeCloseTo(10)
    expect(computeDerivedValue('cagr', [121, 100], 2)).toBeCloseTo(10)
  })

  it('gives no value when the inputs cannot make one', () => {
    expect(computeDerivedValue('ratio', [1])).toBeUndefined()
    expect(computeDerivedValue('ratio', [1, 0])).toBeUndefined()
    expect(computeDerivedValue('cagr', [121, 100])).toBeUndefined()
  })
})
