// @vitest-environment node
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { datasetWith, loadDataset } from '../fixtures/dataset'

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
  return new Promise((done, fail) => {
    const child = spawn('npx', ['tsx', 'scripts/validate-data.ts', ...args], { cwd: root })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
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

  it('fails a schema problem and names its path', async () => {
    const file = writeTemp('wrong-type.json', JSON.stringify(datasetWith('facts[0].value', 'many')))
    const result = await validate(file)
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(file)
    expect(result.stderr).toMatch(/^\s+facts\[0\]\.value: /m)
  })

  it('fails a quote that is not in the article and names its path', async () => {
    const data = loadDataset()
    const index = data.facts.findIndex((fact) => fact.kind === 'reported')
    const file = writeTemp('misquote.json', JSON.stringify(datasetWith(`facts[${index}].quote`, 'words nobody said')))
    const result = await validate(file)
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain(`facts[${index}].quote`)
  })

  it('fails a file that is not JSON', async () => {
    const result = await validate(writeTemp('malformed.json', '{not json'))
    expect(result.status).not.toBe(0)
    expect(result.stderr).toContain('(file)')
  })
})
