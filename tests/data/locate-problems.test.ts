// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PathKey, Problem } from '@/data/dataset-error'
import { findOffsets, formatProblem, locateProblems } from '@/data/locate-problems'
import { deeplyNestedText } from '../fixtures/hostile-mutations'

const realText = readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')

const problem = (keys: PathKey[], path = keys.join('.')): Problem => ({ path, keys, message: 'expected x, found y' })
const locate = (text: string, keys: PathKey[]) => locateProblems([problem(keys)], text)[0]?.location

describe('locateProblems', () => {
  const text = [
    '{',
    '  "facts": [',
    '    { "id": "a", "value": 1 },',
    '    {',
    '      "id": "b",',
    '      "value": "45"',
    '    }',
    '  ]',
    '}',
  ].join('\n')

  it('finds the value at a path by line and column, counted from 1', () => {
    expect(locate(text, ['facts', 1, 'value'])).toEqual({ line: 6, column: 16 })
    expect(locate(text, ['facts', 0, 'value'])).toEqual({ line: 3, column: 27 })
    expect(locate(text, ['facts', 1])).toEqual({ line: 4, column: 5 })
  })

  it('puts a missing field at the object that lacks it, and an empty path at the start', () => {
    expect(locate(text, ['facts', 1, 'label'])).toEqual({ line: 4, column: 5 })
    expect(locate(text, ['facts', 9, 'value'])).toEqual({ line: 2, column: 12 })
    expect(locate(text, [])).toEqual({ line: 1, column: 1 })
  })

  it('reads keys as JSON.parse does: escapes decoded, the last of two equal keys', () => {
    expect(locate('{"a\\u0062": 1, "ab": 2}', ['ab'])).toEqual({ line: 1, column: 22 })
    expect(locate('{"x": "a \\" [ { ,", "y": 3}', ['y'])).toEqual({ line: 1, column: 26 })
    expect(locate('{"a.b": {"[0]": true}}', ['a.b', '[0]'])).toEqual({ line: 1, column: 17 })
  })

  it('counts a Chinese character as one column, and a CRLF file by its lines', () => {
    expect(locate('{"zh": "川渝", "v": 1}', ['v'])).toEqual({ line: 1, column: 19 })
    expect(locate('{\r\n  "v": 1\r\n}', ['v'])).toEqual({ line: 2, column: 8 })
  })

  it('finds many paths in one pass and lists the problems in the order of the file', () => {
    const located = locateProblems([problem(['facts', 1, 'value']), problem(['facts', 0, 'id'])], text)
    expect(located.map((entry) => entry.path)).toEqual(['facts.0.id', 'facts.1.value'])
  })

  it('gives the problems as they are when there is no text to look in', () => {
    expect(locateProblems([problem(['a'])], undefined)).toEqual([problem(['a'])])
  })

  it('never throws on text that is not the JSON it expects: it keeps what it found', () => {
    expect(locate('{"facts": [1, 2', ['facts', 5])).toEqual({ line: 1, column: 11 })
    expect(locate('', ['facts'])).toEqual({ line: 1, column: 1 })
    expect(locate('{"a" 1}', ['a'])).toEqual({ line: 1, column: 1 })
  })

  it('reads past 100,000 levels of nesting without a stack overflow', () => {
    const deep = `{"nested":${deeplyNestedText(100_000)},"v":1}`
    expect(locate(deep, ['v'])).toEqual({ line: 1, column: deep.length - 1 })
  })

  it('finds every value of the real dataset where the file writes it', () => {
    const json: unknown = JSON.parse(realText)
    const leaves: { keys: PathKey[]; value: unknown }[] = []
    const walk = (value: unknown, keys: PathKey[]) => {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...keys, index]))
      else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value)) walk(item, [...keys, key])
      } else leaves.push({ keys, value })
    }
    walk(json, [])
    expect(leaves.length).toBeGreaterThan(500)
    const offsets = findOffsets(
      realText,
      leaves.map((leaf) => leaf.keys),
    )
    leaves.forEach((leaf, index) => {
      const written = JSON.stringify(leaf.value)
      expect(realText.slice(offsets[index], (offsets[index] ?? 0) + written.length), leaf.keys.join('.')).toBe(written)
    })
  })
})

describe('formatProblem', () => {
  it('writes line:column, the path and the message, as the validator and the error panel show them', () => {
    const located = { ...problem(['facts', 12, 'value'], 'facts[12].value'), location: { line: 412, column: 18 } }
    expect(formatProblem(located)).toBe('412:18 facts[12].value: expected x, found y')
    expect(formatProblem(problem(['a'], 'a'))).toBe('a: expected x, found y')
  })
})
