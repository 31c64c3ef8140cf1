// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { datasetFingerprint, isSameDataset } from '@/prerender/dataset-fingerprint'

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
