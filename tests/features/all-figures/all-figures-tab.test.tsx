import { screen, waitFor, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { interpolate } from '@/i18n/i18n'
import { loadDataset } from '../../fixtures/dataset'
import { currentParams, renderApp } from '../../render-app'
import { bodyRows } from '../../table-rows'
import { parseCsv } from '../../charts/export/parse-csv'

const data = loadDataset()
const factsTable = () => screen.findByRole('table', { name: en['allFigures.facts'] })
const listsTable = () => screen.findByRole('table', { name: en['allFigures.lists'] })
const rowLabels = (table: HTMLElement) =>
  bodyRows(table).map((row) => within(row).getByRole('rowheader').textContent?.trim() ?? '')
const header = (table: HTMLElement, name: string) =>
  within(table).getByRole('columnheader', { name: new RegExp(`^${name}`) })

describe('All figures tab', () => {
  it('lists every fact and every named list, a row each, in two tables', async () => {
    renderApp({ url: '/?tab=all-figures' })
    expect(await screen.findByRole('tab', { name: en['tab.all-figures'] })).toHaveAttribute('aria-selected', 'true')
    expect(bodyRows(await factsTable())).toHaveLength(data.facts.length)
    expect(bodyRows(await listsTable())).toHaveLength(data.lists.length)
    expect(screen.getByText(interpolate(en['filter.shown'], { shown: 52, total: 52 }))).toBeInTheDocument()
  })

  it('sorts both tables by a column heading, ascending then descending, and writes the sort to the link', async () => {
    const { user } = renderApp({ url: '/?tab=all-figures' })
    const table = await factsTable()
    const before = rowLabels(table)
    expect(header(table, en['table.figure'])).not.toHaveAttribute('aria-sort')

    await user.click(within(header(table, en['table.figure'])).getByRole('button'))
    await waitFor(() => expect(header(table, en['table.figure'])).toHaveAttribute('aria-sort', 'ascending'))
    expect(currentParams().get('sort')).toBe('label')
    const ascending = rowLabels(table)
    expect(ascending).not.toEqual(before)
    expect(ascending).toEqual([...before].sort(new Intl.Collator('en', { numeric: true }).compare))
    // The lists follow the same sort.
    expect(header(await listsTable(), en['export.column.list'])).toHaveAttribute('aria-sort', 'ascending')

    await user.click(within(header(table, en['table.figure'])).getByRole('button'))
    await waitFor(() => expect(header(table, en['table.figure'])).toHaveAttribute('aria-sort', 'descending'))
    expect(currentParams().get('sort')).toBe('label:desc')
    expect(rowLabels(table)).toEqual([...ascending].reverse())
  })

  it('opens sorted and filtered as its link says', async () => {
    renderApp({ url: '/?tab=all-figures&kind=context&sort=value:desc&q=vehicles' })
    const table = await factsTable()
    expect(header(table, en['table.value'])).toHaveAttribute('aria-sort', 'descending')
    const rows = bodyRows(table)
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows) expect(row).toHaveTextContent(en['kind.context'])
    expect(screen.getByRole('searchbox', { name: en['filter.text'] })).toHaveValue('vehicles')
    expect(await screen.findByText(en['allFigures.none'])).toBeInTheDocument()
  })

  it('filters by kind and by text, and writes both to the link', async () => {
    const { user } = renderApp({ url: '/?tab=all-figures' })
    await factsTable()
    await user.click(screen.getByRole('button', { name: /^Kind: All/ }))
    await user.click(await screen.findByRole('checkbox', { name: /^Derived/ }))
    await waitFor(() => expect(currentParams().get('kind')).toBe('derived'))
    const derived = data.facts.filter((fact) => fact.kind === 'derived')
    await waitFor(async () => expect(bodyRows(await factsTable())).toHaveLength(derived.length))

    await user.type(screen.getByRole('searchbox', { name: en['filter.text'] }), 'CAGR ')
    await waitFor(() => expect(currentParams().get('q')).toBe('CAGR'))
    await waitFor(async () => expect(bodyRows(await factsTable()).length).toBeLessThan(derived.length))
    // What is typed stays as typed; the link holds it trimmed.
    expect(screen.getByRole('searchbox', { name: en['filter.text'] })).toHaveValue('CAGR ')
  })

  it('links each figure to its own tab with its source open, and offers no embed of itself', async () => {
    const { user } = renderApp({ url: '/?tab=all-figures' })
    const table = await factsTable()
    const link = within(table).getByRole('link', { name: 'Supporting suppliers at all levels' })
    expect(link).toHaveAttribute('href', '?tab=nev&source=nev-suppliers')
    await user.click(link)
    expect(await screen.findByRole('dialog', { name: 'Supporting suppliers at all levels' })).toBeInTheDocument()
    expect(currentParams().get('tab')).toBe('nev')
    expect(screen.queryByRole('button', { name: en['share.embed'] })).toBeNull()
  })

  it('downloads every figure as CSV whatever the filters, and links the published JSON file as it is', async () => {
    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob)
      return 'blob:csv'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user } = renderApp({ url: '/?tab=all-figures&kind=target' })
    await factsTable()
    await user.click(screen.getByRole('button', { name: en['allFigures.csv'] }))
    expect(click).toHaveBeenCalledTimes(1)
    const bytes = await (saved[0] as Blob).arrayBuffer()
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.startsWith('\uFEFFID,Figure (English),Figure (Chinese),')).toBe(true)
    expect(parseCsv(text.slice(1))).toHaveLength(1 + data.facts.length)

    const json = screen.getByRole('link', { name: en['allFigures.json'] })
    expect(json).toHaveAttribute('href', 'data/dataset.json')
    expect(json).toHaveAttribute('download', 'dataset.json')
  })
})
