import { screen, waitFor, within } from '@testing-library/react'
import { onTestFinished, vi } from 'vitest'
import { en } from '@/i18n/en'
import { loadDataset } from '../../fixtures/dataset'
import { renderApp } from '../../render-app'
import { parseCsv } from './parse-csv'

const outputTitle = en['nev.output.title']
const vehicleFigures = loadDataset().facts.filter((fact) => fact.topic === 'nev' && fact.unit === 'vehicles')
const nameOf = (title: string, format: string) => `Download “${title}” as ${format}`

/** Catches what a download link hands the browser: the file's name and bytes. */
function catchDownloads() {
  const blobs = new Map<string, Blob>()
  const saved: { name: string; blob: Blob | undefined }[] = []
  // jsdom has no object URLs: stand them in for the test, and take them away after.
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`
      blobs.set(url, blob)
      return url
    },
    revokeObjectURL: () => {},
  })
  onTestFinished(() => {
    Reflect.deleteProperty(URL, 'createObjectURL')
    Reflect.deleteProperty(URL, 'revokeObjectURL')
  })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '') })
  })
  return saved
}

/** A blob's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob | undefined): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('no file was saved'))
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as ArrayBuffer)
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsArrayBuffer(blob)
  })
}

describe('chart downloads', () => {
  afterEach(() => vi.restoreAllMocks())

  it('offers PNG, SVG and CSV for each chart, each button naming its chart', async () => {
    renderApp({ url: '/?tab=nev' })
    const figure = await screen.findByRole('figure', { name: outputTitle })
    const group = within(figure).getByRole('group', { name: 'Download' })
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual([nameOf(outputTitle, 'PNG image'), nameOf(outputTitle, 'SVG image'), nameOf(outputTitle, 'CSV data')])
    expect(within(group).getByRole('button', { name: nameOf(outputTitle, 'PNG image') })).toHaveTextContent('PNG image')
  })

  it('offers only the data while the table is shown, and says why', async () => {
    renderApp({ url: '/?tab=nev&show=table' })
    const figure = await screen.findByRole('figure', { name: outputTitle })
    const group = within(figure).getByRole('group', { name: 'Download' })
    expect(within(group).getAllByRole('button')).toHaveLength(1)
    expect(within(group).getByRole('button', { name: nameOf(outputTitle, 'CSV data') })).toBeInTheDocument()
    expect(within(figure).getByText(en['export.chartOnly'])).toBeInTheDocument()
  })

  it('offers nothing in an embed, whose sandbox refuses downloads', async () => {
    renderApp({ url: '/?tab=nev&chart=output&embed=1' })
    await screen.findByRole('figure', { name: outputTitle })
    expect(screen.queryByRole('group', { name: 'Download' })).not.toBeInTheDocument()
  })

  it('saves the chart’s figures as CSV, named for the chart and language, headed in Chinese', async () => {
    const saved = catchDownloads()
    const { user } = renderApp({ url: '/?tab=nev&chart=output&lang=zh' })
    const button = await screen.findByRole('button', { name: /^将“.+”下载为CSV 数据$/ })
    await user.click(button)
    await waitFor(() => expect(saved).toHaveLength(1))
    const [file] = saved
    expect(file?.name).toBe('nev-output-zh.csv')
    const bytes = new Uint8Array(await bytesOf(file?.blob))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const [header, ...rows] = parseCsv(text.slice(1))
    expect(header?.slice(0, 3)).toEqual(['指标', '限定词', '数值'])
    expect(rows).toHaveLength(vehicleFigures.length)
    expect(rows.map((row) => row[0])).toContain('川渝汽车总产量（含燃油车）')
  })
})
