// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { datasetWith, loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'

const root = resolve(import.meta.dirname, '../..')
const tempDir = mkdtempSync(join(tmpdir(), 'validate-data-'))
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

function writeTemp(name: string, content: string): string {
  const file = join(tempDir, name)
  writeFileSync(file, content)
  return file
}

/** Runs `npx tsx scripts/validate-data.ts [file]` as `npm run validate-data` would. */
function validate(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return validateReadingAfter(0, ...args)
}

/** The same, reading its output only after `delayMs`, as a slow pager or a full pipe would. */
function validateReadingAfter(
  delayMs: number,
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/validate-data.ts', ...args], { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.pause()
    child.stderr.pause()
    setTimeout(() => {
      // A stream paused by hand stays paused when a listener is added: resume it.
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString())).resume()
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString())).resume()
    }, delayMs)
    child.on('error', fail)
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

// Each case starts a process; running them side by side keeps the suite quick.
describe.concurrent('scripts/validate-data.ts', { timeout: 30_000 }, () => {
  it('passes the real dataset and says what it checked', async () => {
    const result = await validate()
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('valid')
    expect(result.stdout).toContain(`${loadDataset().facts.length} facts`)
  })

  it('fails a schema problem and names its file, line, column and path, what was expected and what was found', async () => {
    const file = writeTemp('wrong-type.json', JSON.stringify(datasetWith('facts[0].value', 'many')))
    const result = await validate(file)
    expect(result.status).toBe(1)
    const column = JSON.stringify(datasetWith('facts[0].value', 'many')).indexOf('"many"') + 1
    expect(result.stderr).toContain(`${file}:1:${column} facts[0].value: expected a number, found "many"\n`)
  })

  it('reports problems of every kind at once, each at its line and column, in the order of the file', async () => {
    // As an editor writes the file: two spaces a level, each value on a line of its own.
    const data = loadDataset()
    const stated = data.facts.findIndex((fact) => fact.kind === 'reported')
    const derived = data.facts.findIndex((fact) => fact.kind === 'derived')
    const json = datasetWith('facts[0].value', '45') as typeof data
    Object.assign(must(json.facts[stated], 'a reported fact'), { quote: 'words nobody said' })
    Object.assign(must(json.lists[0], 'a list'), { speaker: 'nobody' })
    const derivedFact = must(json.facts[derived], 'a derived fact')
    derivedFact.value += 1
    const text = JSON.stringify(json, null, 2)
    const lines = text.split('\n')
    /** The line and column of the first line, from `after`, that holds `needle`. */
    const at = (needle: string, after = 0) => {
      const line = lines.findIndex((candidate, index) => index >= after && candidate.includes(needle))
      return `${line + 1}:${must(lines[line], needle).indexOf(needle) + 1}`
    }
    const derivedLine = lines.findIndex((line) => line.includes(`"id": "${derivedFact.id}"`))
    const result = await validate(writeTemp('four-problems.json', text))
    expect(result.status).toBe(1)
    const file = join(tempDir, 'four-problems.json')
    expect(result.stderr.split('\n')).toEqual([
      `${file}:${at('"45"')} facts[0].value: expected a number, found "45"`,
      `${file}:${at('"words nobody said"')} facts[${stated}].quote: expected a verbatim substring of the article (data/article.txt), found "words nobody said"`,
      expect.stringMatching(
        new RegExp(
          `^${file}:${at(`${derivedFact.value}`, derivedLine)} facts\\[${derived}\\]\\.value: expected \\S+ \\(\\S+ of its inputs, .*\\), found ${derivedFact.value}$`,
        ),
      ),
      `${file}:${at('"nobody"')} lists[0].speaker: expected the id of a speaker in "speakers", found unknown "nobody"`,
      '4 problems: fix them and run npm run validate-data again',
      '',
    ])
  })

  it('prints a list of problems longer than a pipe holds to the end, summary included', async () => {
    const json = loadDataset()
    const first = must(json.facts[0], 'a fact')
    const copies = Array.from({ length: 2000 }, (_, i) => ({ ...first, id: `copy-${i}`, value: 'many' }))
    json.facts.push(...(copies as unknown as typeof json.facts))
    const result = await validateReadingAfter(2000, writeTemp('long.json', JSON.stringify(json)))
    expect(result.status).toBe(1)
    expect(result.stderr.length).toBeGreaterThan(1 << 16)
    expect(result.stderr).toContain(`facts[${json.facts.length - 1}].value: expected a number, found "many"`)
    expect(result.stderr).toMatch(/\n2000 problems: fix them and run npm run validate-data again\n$/)
  })

  it('fails a quote that is not in the article and names its path', async () => {
    const data = loadDataset()
    const index = data.facts.findIndex((fact) => fact.kind === 'reported')
    const file = writeTemp('misquote.json', JSON.stringify(datasetWith(`facts[${index}].quote`, 'words nobody said')))
    const result = await validate(file)
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(`facts[${index}].quote`)
  })

  it('fails a file that is not JSON, saying where it stops being JSON', async () => {
    const file = writeTemp('malformed.json', '{\n  "meta": {not json')
    const result = await validate(file)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^${file}:2:12 \\(file\\): expected valid JSON, found a syntax error: `))
  })

  it('names the project dataset relative to where it runs, as an editor or terminal links it', async () => {
    const result = await validate()
    expect(result.stdout).toMatch(/^data\/dataset\.json: valid/)
  })
})
