// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Ajv from 'ajv'
import { datasetJsonSchemaText, findSchemaFileProblem, SCHEMA_FILE } from '../../scripts/dataset-json-schema'
import { datasetFiles } from '../../scripts/vite-plugin-dataset-files'
import { datasetWith, loadDataset } from '../fixtures/dataset'

const root = resolve(import.meta.dirname, '../..')
const dataset = () => JSON.parse(readFileSync(resolve(root, 'data/dataset.json'), 'utf8')) as Record<string, unknown>
const tempDir = mkdtempSync(join(tmpdir(), 'dataset-json-schema-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

/**
 * The committed schema, compiled by Ajv as any editor or CI tool would: draft-07, strict. Ajv knows
 * no formats of its own (they come with ajv-formats); the two the schema uses are given here.
 */
function compileSchema() {
  const ajv = new Ajv({ allErrors: true, strict: true })
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  ajv.addFormat('uri', (text: string) => URL.canParse(text))
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object)
}

describe('data/dataset.schema.json', () => {
  it('is what npm run gen-schema writes from src/data/schema.ts', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(datasetJsonSchemaText())
    expect(findSchemaFileProblem()).toBeNull()
  })

  it('is named by the dataset, relative to it, so editors find it', () => {
    expect(dataset().$schema).toBe('./dataset.schema.json')
  })

  it('says when the file is out of date or missing, and how to mend it', () => {
    const stale = join(tempDir, 'stale.schema.json')
    writeFileSync(stale, datasetJsonSchemaText().replace('"minItems": 1', '"minItems": 0'))
    expect(findSchemaFileProblem(stale)).toMatch(
      /stale\.schema\.json: out of date with src\/data\/schema\.ts: run npm run gen-schema$/,
    )
    expect(findSchemaFileProblem(join(tempDir, 'none.json'))).toMatch(/none\.json: missing: run npm run gen-schema$/)
  })

  it('lets a standard validator (Ajv) accept the dataset', () => {
    const validate = compileSchema()
    expect(validate(dataset()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
  })

  it('lets Ajv reject a value of the wrong type, at its path', () => {
    const validate = compileSchema()
    expect(validate(datasetWith('facts[0].value', '45'))).toBe(false)
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ instancePath: '/facts/0/value', keyword: 'type', params: { type: 'number' } }),
    )
  })

  it('lets Ajv reject an unknown field and a statement carrying a value', () => {
    const validate = compileSchema()
    expect(validate(datasetWith('facts[0].colour', 'red'))).toBe(false)
    const json = loadDataset()
    const statement = {
      id: 'a-claim',
      text: { en: 'A claim.', zh: '一项表述。' },
      kind: 'reported',
      quote: 'a claim',
      region: 'chongqing',
      topic: 'event',
      period: { en: '2022', zh: '2022年' },
    }
    json.statements.push(statement as (typeof json.statements)[number])
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    json.statements.push({ ...statement, value: 5 } as (typeof json.statements)[number])
    expect(validate(json)).toBe(false)
    expect(validate.errors).toContainEqual(expect.objectContaining({ keyword: 'additionalProperties' }))
  })

  it('is deployed beside the dataset, so "$schema" is no dangling link in dist/', () => {
    const emitted: string[] = []
    const generateBundle = datasetFiles().generateBundle as (this: unknown) => void
    generateBundle.call({ emitFile: ({ fileName }: { fileName: string }) => emitted.push(fileName) })
    expect(emitted).toEqual(expect.arrayContaining(['data/dataset.json', 'data/dataset.schema.json']))
  })
})
