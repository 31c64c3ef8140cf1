// npm run gen-schema: writes data/dataset.schema.json, the JSON Schema editors check
// data/dataset.json against, from src/data/schema.ts. validate-data (and so CI and the build) fails
// while the file differs from what this writes.
import { writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { datasetJsonSchemaText, SCHEMA_FILE } from './dataset-json-schema.ts'

writeFileSync(SCHEMA_FILE, datasetJsonSchemaText())
console.log(`${relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}: written from src/data/schema.ts`)
