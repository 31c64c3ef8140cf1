import type * as v from 'valibot'
import type { PathKey, Problem } from '@/data/dataset-error'

// Every problem with the dataset reads the same way, in the validator and in the browser:
// `facts[12].value: expected a number, found "45"`. Valibot's own messages ("Invalid type: Expected
// number but received "45"") are rewritten here; the schema's validation messages name only what is
// expected (schema.ts), and what was found is described from the value itself.

const MAX_MESSAGE = 240
const MAX_KEY = 60
const MAX_FOUND = 60

/** A problem at `keys`: "expected <expected>, found <found>", cut to a length a list can show. */
export function problemAt(keys: PathKey[], expected: string, found: string): Problem {
  const message = `expected ${expected}, found ${found}`
  return {
    path: formatPath(keys),
    keys,
    message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message,
  }
}

/**
 * `facts[3].value`. A key that is blank, odd or long is written quoted, and cut, so every path can
 * be read and none can pass for another: `facts[3][""]`, `meta["a.b"]`.
 */
export function formatPath(keys: readonly PathKey[]): string {
  if (keys.length === 0) return '(root)'
  return keys
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`
      if (/^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= MAX_KEY) return index === 0 ? key : `.${key}`
      return `["${key.length > MAX_KEY ? `${key.slice(0, MAX_KEY)}…` : key}"]`
    })
    .join('')
}

/** A value as a reader of the file would name it: `"45"`, `45`, `null`, `an object`, `a list of 3`. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'none'
  if (value === null) return 'null'
  if (typeof value === 'string') return quoted(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}

/** Text in double quotes, cut to a readable length. */
export function quoted(text: string, max = MAX_FOUND): string {
  return text.length > max ? `${JSON.stringify(text.slice(0, max)).slice(0, -1)}…"` : JSON.stringify(text)
}

const schemaTypes: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  strict_object: 'an object { … }',
}

/**
 * Valibot lists choices as `("a" | "b")`, nested for a variant (`(("a" | "b") | "c")`): written as
 * `one of "a", "b", "c"`. The dataset's vocabularies have no brackets of their own.
 */
function choices(expected: string | null): string {
  const options = (expected ?? '').replace(/[()]/g, '').split(' | ')
  return options.length > 1 ? `one of ${options.join(', ')}` : options.join('')
}

/** One valibot issue as a problem at its path. */
export function issueToProblem(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => item.key as PathKey)
  const input: unknown = issue.input
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return problemAt(keys, 'only the fields the schema knows', `unknown field ${quoted(String(input))}`)
  }
  if ((issue.type === 'strict_object' || issue.type === 'object') && input === undefined) {
    return problemAt(keys, `the required field ${issue.expected ?? ''}`, 'none')
  }
  if (issue.type === 'variant' && input === undefined) {
    return problemAt(keys, `the field "${String(keys.at(-1))}": ${choices(issue.expected)}`, 'none')
  }
  if (issue.kind === 'schema') {
    const expected = schemaTypes[issue.type] ?? choices(issue.expected)
    return problemAt(keys, expected, describeFound(input))
  }
  // Validations carry the schema's own message: what is expected (see schema.ts).
  return problemAt(keys, issue.message, describeValidated(issue.type, input))
}

/** What a validation found: a length where length was checked, otherwise the value. */
function describeValidated(type: string, input: unknown): string {
  const length = typeof input === 'string' || Array.isArray(input) ? input.length : undefined
  if (type === 'non_empty' || (type === 'min_length' && length === 0)) return 'none'
  if ((type === 'max_length' || type === 'min_length') && length !== undefined) {
    return typeof input === 'string' ? `${length} characters` : `${length}`
  }
  return describeFound(input)
}
