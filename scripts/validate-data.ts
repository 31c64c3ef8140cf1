// npm run validate-data [-- path/to/dataset.json]: checks the dataset against its schema, its own
// references and the article it quotes. Prints each problem by path and exits 1 if there are any.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseDataset } from '../src/data/parse-dataset.ts'
import { findQuoteProblems } from '../src/data/find-quote-problems.ts'
import { DatasetError, type Problem } from '../src/data/dataset-error.ts'

const root = resolve(import.meta.dirname, '..')
const datasetPath = resolve(process.argv[2] ?? resolve(root, 'data/dataset.json'))
const articlePath = resolve(root, 'data/article.txt')

function fail(problems: Problem[], file: string): never {
  console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const problem of problems) console.error(`  ${problem.path}: ${problem.message}`)
  process.exit(1)
}

let json: unknown
try {
  json = JSON.parse(readFileSync(datasetPath, 'utf8'))
} catch (error) {
  fail([{ path: '(file)', message: error instanceof Error ? error.message : String(error) }], datasetPath)
}

try {
  const dataset = parseDataset(json)
  const quoteProblems = findQuoteProblems(dataset, readFileSync(articlePath, 'utf8'))
  if (quoteProblems.length > 0) fail(quoteProblems, datasetPath)
  console.log(
    `${datasetPath}: valid (${dataset.facts.length} facts, ${dataset.lists.length} lists, ` +
      `${dataset.notes.length} notes, ${dataset.speakers.length} speakers; every quote found in the article)`,
  )
} catch (error) {
  if (error instanceof DatasetError) fail(error.problems, datasetPath)
  throw error
}
