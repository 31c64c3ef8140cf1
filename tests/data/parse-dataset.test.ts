// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { DatasetError, type Problem } from '@/data/dataset-error'
import { parseDataset } from '@/data/parse-dataset'
import { computeDerivedValue, roundToSignificant } from '@/data/find-reference-problems'
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

  it('rejects a value of the wrong type, naming its path, what was expected and what was found', () => {
    const problems = problemsOf(datasetWith('facts[0].value', 'many'))
    expect(problems).toEqual([
      { path: 'facts[0].value', keys: ['facts', 0, 'value'], message: 'expected a number, found "many"' },
    ])
  })

  it('keeps "$schema" as the file gives it: the build compares the parsed dataset with the file', () => {
    const json = realDataset() as Record<string, unknown>
    expect(json.$schema).toBe('./dataset.schema.json')
    expect(parseDataset(json)).toStrictEqual(json)
  })

  it.each([
    ['facts[0].value', 'many', 'expected a number, found "many"'],
    ['facts[0].unit', 'bananas', /^expected one of "yuan", "usd", .*, found "bananas"$/],
    ['facts[0].kind', 'rumour', /^expected one of "reported", "target", "derived", "context", found "rumour"$/],
    ['facts[0].isHeadline', 'yes', 'expected true or false, found "yes"'],
    ['facts[0].label', ['x'], 'expected an object { … }, found a list of 1'],
    ['facts[0].label.en', '   ', 'expected some text, found none'],
    ['facts[0].label.en', 'x'.repeat(301), 'expected at most 300 characters, found 301 characters'],
    ['facts[0].id', 'Not Kebab', 'expected a kebab-case id: a-z, 0-9 and single hyphens, found "Not Kebab"'],
    ['meta.asOf', '13/01/2023', 'expected a date written YYYY-MM-DD, found "13/01/2023"'],
    ['meta.article.url', 'ftp://x.org', 'expected a URL starting with http:// or https://, found "ftp://x.org"'],
    ['schemaVersion', 2, 'expected 1, found 2'],
    ['facts', null, 'expected a list [ … ], found null'],
    ['facts[0].colour', 'red', 'expected only the fields the schema knows, found unknown field "colour"'],
  ])('says what %s expected and what it found (%j)', (path, value, message) => {
    expect(problemsOf(datasetWith(path, value))).toContainEqual(
      expect.objectContaining({
        path,
        message: typeof message === 'string' ? message : expect.stringMatching(message),
      }),
    )
  })

  it('says a required field is missing, at the field it names', () => {
    expect(problemsOf(datasetWithout('facts[0].label'))).toEqual([
      {
        path: 'facts[0].label',
        keys: ['facts', 0, 'label'],
        message: 'expected the required field "label", found none',
      },
    ])
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

  it('lists schema, reference and derived-value problems together: a schema problem hides no other', () => {
    const derivedIndex = indexOfFact((fact) => fact.kind === 'derived')
    const json = datasetWith('facts[0].value', 'many') as ReturnType<typeof loadDataset>
    must(json.lists[0], 'a list').speaker = 'nobody'
    must(json.facts[derivedIndex], 'a derived fact').value += 1
    expect(pathsOf(json)).toEqual(
      expect.arrayContaining(['facts[0].value', 'lists[0].speaker', `facts[${derivedIndex}].value`]),
    )
  })

  it('does not call a reference unknown when what it names has a mistake of its own', () => {
    const json = datasetWith('speakers[0].role', 'a string, not both languages') as ReturnType<typeof loadDataset>
    expect(pathsOf(json)).toEqual(['speakers[0].role'])
  })

  it('does not check references into a collection that is not a list at all', () => {
    expect(pathsOf(datasetWith('facts', 'none'))).toEqual(['facts'])
  })

  describe('references the schema cannot check', () => {
    it('rejects two speakers with one id', () => {
      const firstId = valueAt('speakers[0].id')
      const problem = problemAt(datasetWith('speakers[1].id', firstId), 'speakers[1].id')
      expect(problem?.message).toBe(
        `expected an id not used before, found duplicate id "${String(firstId)}", first at speakers[0]`,
      )
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
      expect(problemAt(datasetWith('facts[0].speaker', 'nobody'), 'facts[0].speaker')?.message).toBe(
        'expected the id of a speaker in "speakers", found unknown "nobody"',
      )
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

    it('rejects a Chinese name without the page that confirms it, and a page that does not name it', () => {
      const index = loadDataset().speakers.findIndex((speaker) => speaker.name.zh !== undefined)
      expect(pathsOf(datasetWithout(`speakers[${index}].name.zhSource`))).toEqual([`speakers[${index}].name.zhSource`])
      expect(pathsOf(datasetWithout(`speakers[${index}].name.zh`))).toEqual([`speakers[${index}].name.zh`])
      const problem = problemAt(
        datasetWith(`speakers[${index}].name.zhSource.quote`, '市政协委员'),
        `speakers[${index}].name.zhSource.quote`,
      )
      expect(problem?.message).toBe(
        `expected a sentence that names ${String(valueAt(`speakers[${index}].name.zh`))}, found "市政协委员"`,
      )
    })

    it('rejects an original figure equal to the article’s: it is recorded only where they differ', () => {
      const index = indexOfFact((fact) => fact.kind === 'reported')
      const json = loadDataset()
      const fact = must(json.facts[index], 'a reported fact')
      const original = { url: 'https://example.org/original', publisher: { en: 'Example', zh: '示例' }, quote: '原文' }
      Object.assign(fact, { original: { ...original, value: fact.value * 10, qualifier: 'over' } })
      expect(() => parseDataset(json)).not.toThrow()
      Object.assign(fact, { original: { ...original, value: fact.value } })
      expect(pathsOf(json)).toEqual([`facts[${index}].original.value`])
      Object.assign(fact, { original: { ...original, qualifier: 'over' } })
      expect(pathsOf(json)).toEqual([`facts[${index}].original.value`])
    })

    describe('statements: claims without a number', () => {
      /** The fixture with one more statement, by the first speaker, about the first region. */
      const withStatement = (fields: Record<string, unknown> = {}) => {
        const json = loadDataset()
        const statement = {
          id: 'a-claim',
          text: { en: 'A claim.', zh: '一项表述。' },
          kind: 'reported',
          speaker: must(json.speakers[0], 'a speaker').id,
          quote: 'a claim',
          region: must(json.regions[0], 'a region').id,
          topic: 'event',
          period: { en: '2022', zh: '2022年' },
          ...fields,
        }
        json.statements.push(statement as (typeof json.statements)[number])
        return { json, at: `statements[${json.statements.length - 1}]` }
      }

      it('accepts one, with or without a speaker (the article may say it in its own words)', () => {
        expect(() => parseDataset(withStatement().json)).not.toThrow()
        expect(() => parseDataset(withStatement({ speaker: undefined }).json)).not.toThrow()
      })

      it('rejects one that carries a value: it is text, never a bar', () => {
        const { json, at } = withStatement({ value: 5 })
        expect(pathsOf(json)).toEqual([`${at}.value`])
      })

      it('rejects an unknown speaker, region or note', () => {
        for (const [field, value] of [
          ['speaker', 'nobody'],
          ['region', 'atlantis'],
          ['notes', ['no-such-note']],
        ]) {
          const { json, at } = withStatement({ [field as string]: value })
          expect(pathsOf(json), String(field)).toEqual([
            field === 'notes' ? `${at}.notes[0]` : `${at}.${String(field)}`,
          ])
        }
      })

      it('shares the id space of facts and lists: a note may stand beside one, and no id is used twice', () => {
        const { json } = withStatement()
        must(json.notes[0], 'a note').appliesTo.push('a-claim')
        expect(() => parseDataset(json)).not.toThrow()
        const { json: twice, at } = withStatement({ id: must(loadDataset().facts[0], 'a fact').id })
        expect(pathsOf(twice)).toEqual([`${at}.id`])
      })
    })

    it('rejects a finance list serving a proposal that does not exist', () => {
      const index = loadDataset().lists.findIndex((list) => list.proposal !== undefined)
      expect(pathsOf(datasetWith(`lists[${index}].proposal`, 'no-such-proposal'))).toEqual([`lists[${index}].proposal`])
    })
  })

  describe('derived values', () => {
    const derivedIndex = indexOfFact((fact) => fact.kind === 'derived')
    const derived = () => loadDataset().facts[derivedIndex] as DerivedFact

    it('rejects a derived value that does not match its inputs, saying what they give', () => {
      const wrong = derived().value + 1
      const problem = problemAt(datasetWith(`facts[${derivedIndex}].value`, wrong), `facts[${derivedIndex}].value`)
      expect(problem?.message).toMatch(
        new RegExp(`^expected ${derived().value} \\(${derived().derivation.method} of its inputs`),
      )
      expect(problem?.message).toMatch(new RegExp(`found ${wrong}$`))
    })

    it('accepts a derived value rounded to exactly the significant figures it states, and no other rounding', () => {
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
      const figures = derivation.significantFigures
      const path = `facts[${derivedIndex}].value`
      expect(roundToSignificant(exact, figures)).toBe(derived().value)
      // One figure more is more precise than stated; one fewer is coarser: both are mistakes.
      for (const other of [figures + 1, figures - 1]) {
        const value = roundToSignificant(exact, other)
        if (value !== derived().value)
          expect(() => parseDataset(datasetWith(path, value)), `${other}`).toThrow(DatasetError)
      }
      // The same value at the precision it has, stated so, is accepted.
      const json = datasetWith(path, roundToSignificant(exact, figures + 1)) as ReturnType<typeof loadDataset>
      ;(json.facts[derivedIndex] as DerivedFact).derivation.significantFigures = figures + 1
      expect(() => parseDataset(json)).not.toThrow()
    })

    it('rejects a derivation without the years a compound growth rate needs', () => {
      const index = indexOfFact((fact) => fact.kind === 'derived' && fact.derivation.method === 'cagr')
      const path = `facts[${index}].derivation.years`
      expect(problemAt(datasetWithout(path), path)?.message).toBe(
        'expected the years between the inputs, for cagr, found none',
      )
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
