import * as v from 'valibot'
import {
  datasetSchema,
  factSchema,
  listSchema,
  noteSchema,
  regionSchema,
  speakerSchema,
  statementSchema,
  type Dataset,
} from '@/data/schema'
import { DatasetError, type PathKey, type Problem } from '@/data/dataset-error'
import { describeFound, issueToProblem, problemAt } from '@/data/describe-issue'
import { findReferenceProblems, partsOf, type DatasetParts } from '@/data/find-reference-problems'
import { findQuoteProblems } from '@/data/find-quote-problems'

/**
 * Checks an unknown JSON value against the schema and the dataset's own references, and returns
 * it typed. Throws a DatasetError of kind 'schema' listing every problem by path; never a partial
 * result. `text`, the file as read, goes with the error so each problem can be shown at its line.
 */
export function parseDataset(json: unknown, text?: string): Dataset {
  const { dataset, problems } = checkDataset(json)
  if (!dataset) {
    const count = problems.length
    throw new DatasetError('schema', `dataset.json: ${count} problem${count === 1 ? '' : 's'} with the data`, {
      problems,
      ...(text === undefined ? {} : { text }),
    })
  }
  return dataset
}

/**
 * Every problem with a dataset at once: the schema's, the references' and derived values', and,
 * given the article, the quotes'. Entries that fail the schema are left out of the other checks
 * (their fields cannot be trusted), the rest are checked all the same.
 */
export function checkDataset(json: unknown, article?: string): { dataset: Dataset | null; problems: Problem[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const found = Array.isArray(json) ? 'a list' : describeFound(json)
    const expected = 'an object with meta, speakers, regions, facts, lists, statements and notes'
    return { dataset: null, problems: [problemAt([], expected, found)] }
  }
  const parsed = v.safeParse(datasetSchema, json, { abortEarly: false })
  const parts = parsed.success ? partsOf(parsed.output) : partsOfJson(json as Record<string, unknown>)
  const problems = [
    ...(parsed.success ? [] : toProblems(parsed.issues)),
    ...findReferenceProblems(parts),
    ...(article === undefined ? [] : findQuoteProblems(parts, article)),
  ]
  return { dataset: parsed.success && problems.length === 0 ? parsed.output : null, problems }
}

/** The entries of a dataset that failed the schema, each parsed on its own: undefined where it fails. */
function partsOfJson(json: Record<string, unknown>): DatasetParts {
  const entries = <Schema extends v.GenericSchema>(key: string, schema: Schema) => {
    const raw = json[key]
    const list: unknown[] = Array.isArray(raw) ? raw : []
    return {
      entries: Array.from(list, (entry) => {
        const result = v.safeParse(schema, entry)
        return result.success ? result.output : undefined
      }),
      ids: Array.isArray(raw) ? Array.from(list, idOf) : null,
    }
  }
  const speakers = entries('speakers', speakerSchema)
  const regions = entries('regions', regionSchema)
  const facts = entries('facts', factSchema)
  const lists = entries('lists', listSchema)
  const statements = entries('statements', statementSchema)
  const notes = entries('notes', noteSchema)
  return {
    speakers: speakers.entries,
    regions: regions.entries,
    facts: facts.entries,
    lists: lists.entries,
    statements: statements.entries,
    notes: notes.entries,
    ids: {
      speakers: speakers.ids,
      regions: regions.ids,
      facts: facts.ids,
      lists: lists.ids,
      statements: statements.ids,
      notes: notes.ids,
    },
  }
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined
  const id: unknown = (entry as { id?: unknown }).id
  return typeof id === 'string' ? id : undefined
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
      ? problemAt(
          path.slice(0, -1).map((item) => item.key as PathKey),
          'an object { … }',
          describeFound(last.input),
        )
      : issueToProblem(issue)
    const key = `${problem.path}\u0000${problem.message}`
    if (!seen.has(key)) problems.push(problem)
    seen.add(key)
  }
  return problems
}
