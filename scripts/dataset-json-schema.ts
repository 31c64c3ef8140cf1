import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { toJsonSchema } from '@valibot/to-json-schema'
import {
  datasetSchema,
  factSchema,
  listSchema,
  localTextSchema,
  metaSchema,
  noteSchema,
  regionSchema,
  speakerSchema,
  statementSchema,
} from '../src/data/schema.ts'

/** Where the JSON Schema for editors lives: beside the dataset, which names it in "$schema". */
export const SCHEMA_FILE = resolve(import.meta.dirname, '../data/dataset.schema.json')

/**
 * data/dataset.schema.json as `npm run gen-schema` writes it, from src/data/schema.ts. Draft-07:
 * the draft VS Code and most editors support in full. The parts of the dataset are named
 * definitions, so an editor's hover says "fact" or "localText" rather than repeating them.
 */
export function datasetJsonSchemaText(): string {
  const schema = toJsonSchema(datasetSchema, {
    target: 'draft-07',
    errorMode: 'throw',
    // JSON numbers are always finite, and trimming changes a value rather than checking it: the
    // validator keeps both checks, JSON Schema has no words for them.
    ignoreActions: ['finite', 'trim'],
    definitions: {
      localText: localTextSchema,
      meta: metaSchema,
      speaker: speakerSchema,
      region: regionSchema,
      fact: factSchema,
      list: listSchema,
      statement: statementSchema,
      note: noteSchema,
    },
  })
  const { $schema, ...rest } = schema
  const document = {
    $schema,
    title: 'Chongqing growth-pole dashboard dataset',
    description:
      'Generated from src/data/schema.ts by `npm run gen-schema`: do not edit by hand. `npm run validate-data` ' +
      'checks more than this schema can say: ids, references, derived values and quotes. See docs/data.md.',
    ...rest,
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

/** What is wrong with the JSON Schema file, if anything: missing, or not what gen-schema would write. */
export function findSchemaFileProblem(file: string = SCHEMA_FILE): string | null {
  let text: string | null = null
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    // A file that cannot be read is reported as missing.
  }
  if (text === datasetJsonSchemaText()) return null
  const state = text === null ? 'missing' : 'out of date with src/data/schema.ts'
  return `${relative(process.cwd(), file) || file}: ${state}: run npm run gen-schema`
}
