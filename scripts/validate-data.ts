// npm run validate-data [-- path/to/dataset.json]: checks a dataset file against its schema, its own
// references, its derived values and the article it quotes, and that data/dataset.schema.json is
// what src/data/schema.ts generates. Prints every problem at once, each as
// `file:line:column path: expected …, found …`, and exits 1 if there is any.
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { checkDataset } from '../src/data/parse-dataset.ts'
import { formatProblem, locateProblems } from '../src/data/locate-problems.ts'
import { findSchemaFileProblem } from './dataset-json-schema.ts'

const root = resolve(import.meta.dirname, '..')
const shownPath = (path: string) => relative(process.cwd(), path) || path
// The file as the reader named it; the project's dataset relative to where they are.
const [datasetPath, shownDataset] = process.argv[2]
  ? [resolve(process.argv[2]), process.argv[2]]
  : [resolve(root, 'data/dataset.json'), shownPath(resolve(root, 'data/dataset.json'))]

const lines: string[] = []

const schemaProblem = findSchemaFileProblem()
if (schemaProblem) lines.push(schemaProblem)

/** The file's text and its JSON, or the line that says why there is none. */
function readJson(): { text: string; json: unknown } | string {
  let text: string
  try {
    text = readFileSync(datasetPath, 'utf8')
  } catch (error) {
    return `${shownDataset}: expected a file to read, found none (${error instanceof Error ? error.message : error})`
  }
  try {
    return { text, json: JSON.parse(text) }
  } catch (error) {
    // V8 says where: "… in JSON at position 1 (line 1 column 2)".
    const message = error instanceof Error ? error.message : String(error)
    const before = text.slice(0, Number(/at position (\d+)/.exec(message)?.[1] ?? 0)).split('\n')
    const at = `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`
    return `${shownDataset}:${at} (file): expected valid JSON, found a syntax error: ${message}`
  }
}

const file = readJson()
if (typeof file === 'string') lines.push(file)

let summary = ''
if (typeof file !== 'string') {
  const { dataset, problems } = checkDataset(file.json, readFileSync(resolve(root, 'data/article.txt'), 'utf8'))
  for (const problem of locateProblems(problems, file.text)) lines.push(`${shownDataset}:${formatProblem(problem)}`)
  if (dataset) {
    summary =
      `${shownDataset}: valid (${dataset.facts.length} facts, ${dataset.lists.length} lists, ` +
      `${dataset.statements.length} statements, ${dataset.notes.length} notes, ${dataset.speakers.length} ` +
      'speakers; every quote found in the article, every derived value recomputed)'
  }
}

// exitCode rather than process.exit(): a piped stderr is written asynchronously, and exiting at
// once would cut a long list of problems short.
if (lines.length > 0) {
  for (const line of lines) console.error(line)
  const count = lines.length
  console.error(
    `${count} problem${count === 1 ? '' : 's'}: fix ${count === 1 ? 'it' : 'them'} and run npm run validate-data again`,
  )
  process.exitCode = 1
} else {
  console.log(summary)
}
