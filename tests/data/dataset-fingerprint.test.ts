// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { datasetFingerprint } from '@/data/dataset-fingerprint'
import { fetchDataset } from '@/data/dataset-query'

const text = readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')

describe('the dataset fingerprint', () => {
  it('tells apart a file of the same length with one character changed', () => {
    const index = text.indexOf('1,600')
    const edited = `${text.slice(0, index)}1,700${text.slice(index + 5)}`
    expect(edited.length).toBe(text.length)
    expect(datasetFingerprint(edited)).not.toBe(datasetFingerprint(text))
  })

  it('tells apart the same data written another way', () => {
    expect(datasetFingerprint(JSON.stringify(JSON.parse(text), null, 1))).not.toBe(datasetFingerprint(text))
  })

  it('comes with the dataset fetched, so the page knows whether it was prerendered from that file', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(text, { status: 200 })))
    const fetched = await fetchDataset()
    expect(fetched.fingerprint).toBe(datasetFingerprint(text))
    expect(fetched.dataset.facts.length).toBe(JSON.parse(text).facts.length)
  })
})
