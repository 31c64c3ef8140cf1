// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { isBuiltFrom, setDatasetCheckedAtBuild } from '@/data/checked-at-build'
import { datasetFingerprint, isSameDataset } from '@/data/dataset-fingerprint'
import { fetchDataset } from '@/data/dataset-query'

const text = readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')

describe('the dataset fingerprint', () => {
  it('recognises the file the page was prerendered from', () => {
    expect(isSameDataset(text, datasetFingerprint(text))).toBe(true)
  })

  it('tells apart a file of the same length with one character changed', () => {
    const index = text.indexOf('1,600')
    const edited = `${text.slice(0, index)}1,700${text.slice(index + 5)}`
    expect(edited.length).toBe(text.length)
    expect(isSameDataset(edited, datasetFingerprint(text))).toBe(false)
  })

  it('tells apart a file of another length, and a missing or malformed fingerprint', () => {
    expect(isSameDataset(`${text} `, datasetFingerprint(text))).toBe(false)
    expect(isSameDataset(text, '')).toBe(false)
    expect(isSameDataset(text, 'not-a-fingerprint')).toBe(false)
  })
})

describe('a dataset the build checked', () => {
  afterEach(() => setDatasetCheckedAtBuild(null))

  it('is taken as it is when the file fetched is that file', async () => {
    setDatasetCheckedAtBuild(datasetFingerprint(text))
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(text, { status: 200 })))
    const data = await fetchDataset()
    expect(data).toEqual(JSON.parse(text))
    // The page prerendered from it may be taken over in place.
    expect(isBuiltFrom(data)).toBe(true)
  })

  it('does not vouch for any other file: a replaced dataset is validated, and its problems reported', async () => {
    setDatasetCheckedAtBuild(datasetFingerprint(text))
    const broken = JSON.stringify({ ...JSON.parse(text), facts: 'none' })
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(broken, { status: 200 })))
    await expect(fetchDataset()).rejects.toMatchObject({ kind: 'schema', problems: [{ path: 'facts' }] })
  })

  it("does not take a valid file that is not the build's for the one the page was prerendered from", async () => {
    setDatasetCheckedAtBuild(datasetFingerprint(text))
    const other = JSON.stringify(JSON.parse(text), null, 1)
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(other, { status: 200 })))
    const data = await fetchDataset()
    expect(data).toEqual(JSON.parse(text))
    expect(isBuiltFrom(data)).toBe(false)
  })
})
