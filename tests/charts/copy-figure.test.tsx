import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DatasetMetaContext } from '@/charts/copy-figure-button'
import { FigureTooltip } from '@/charts/figure-tooltip'
import { indexDataset, toFigureRow } from '@/data/select-figures'
import { en } from '@/i18n/en'
import { loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'
import { renderApp } from '../render-app'

const copyName = (label: string) => en['copyFigure.for'].replace('{label}', label)

describe('copying a figure with its source', () => {
  it('copies a headline card’s figure as one sentence that links to its view', async () => {
    const { user } = renderApp()
    await user.click(
      await screen.findByRole('button', { name: copyName('Supporting suppliers at all levels') }, { timeout: 15_000 }),
    )
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toMatch(
        /^Supporting suppliers at all levels: more than 1,600 enterprises \(Sichuan and Chongqing, .+\), said Xu Lin \(.+SERES Group\) at “.+”, 13 January 2023: http:\/\/.+\?source=nev-suppliers$/,
      ),
    )
    expect(screen.getAllByText(en['copyFigure.done']).length).toBeGreaterThan(0)
  })

  it('gives the source panel one copy button, for its figure, not citations of the tab', async () => {
    const { user } = renderApp({ url: '/?tab=nev&source=nev-suppliers' })
    const panel = await screen.findByRole('dialog', { name: 'Supporting suppliers at all levels' }, { timeout: 15_000 })
    expect(within(panel).queryByRole('button', { name: en['cite.copy'] })).toBeNull()
    const buttons = within(panel).getAllByRole('button', { name: /^Copy/ })
    expect(buttons).toHaveLength(1)
    await user.click(buttons[0] as HTMLElement)
    await waitFor(async () => expect(await navigator.clipboard.readText()).toContain('more than 1,600 enterprises'))
    expect(within(panel).getByText(await navigator.clipboard.readText())).toBeInTheDocument()
  })

  it('copies a chart’s row from its table, linking to the tab with that figure’s source open', async () => {
    const { user } = renderApp({ url: '/?tab=nev&show=table' })
    const table = await screen.findByRole('table', { name: en['nev.output.title'] }, { timeout: 15_000 })
    const [first] = within(table).getAllByRole('rowheader')
    const label = must(first?.textContent?.trim(), 'a row')
    // A label may name two rows (two periods): the first row's button.
    await user.click(must(within(table).getAllByRole('button', { name: copyName(label) })[0], 'its Copy'))
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toMatch(
        new RegExp(
          `^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\(.+\\), .+: http://.+\\?tab=nev&show=table&source=[a-z0-9-]+$`,
        ),
      ),
    )
  })

  it('copies a bar’s figure from its tooltip, without the page around it', async () => {
    const data = loadDataset()
    const row = toFigureRow(
      must(
        data.facts.find((fact) => fact.id === 'nev-suppliers'),
        'nev-suppliers',
      ),
      indexDataset(data),
    )
    window.history.replaceState(null, '', '/?tab=nev')
    const user = userEvent.setup()
    render(
      <DatasetMetaContext value={data.meta}>
        <FigureTooltip row={row} />
      </DatasetMetaContext>,
    )
    await user.click(screen.getByRole('button', { name: copyName('Supporting suppliers at all levels') }))
    await waitFor(async () =>
      expect(await navigator.clipboard.readText()).toMatch(
        /^Supporting suppliers at all levels: more than 1,600 enterprises \(Sichuan and Chongqing, .+\), said Xu Lin \(.+\) at “.+”, 13 January 2023: http:\/\/.+\?tab=nev&source=nev-suppliers$/,
      ),
    )
    expect(screen.getByText(en['copyFigure.done'])).toBeInTheDocument()
  })

  it('writes text and HTML where the browser has ClipboardItem', async () => {
    const written: Record<string, Blob>[] = []
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {
        written.push(items)
      }
    }
    const { user } = renderApp()
    const button = await screen.findByRole(
      'button',
      { name: copyName('Supporting suppliers at all levels') },
      { timeout: 15_000 },
    )
    vi.stubGlobal('ClipboardItem', FakeClipboardItem)
    const write = vi.spyOn(navigator.clipboard, 'write').mockResolvedValue()
    await user.click(button)
    await waitFor(() => expect(write).toHaveBeenCalledTimes(1))
    const [item] = written
    expect(Object.keys(item ?? {})).toEqual(['text/plain', 'text/html'])
    const html = new TextDecoder().decode(await (item?.['text/html'] as Blob).arrayBuffer())
    expect(html).toMatch(/<a href="http:\/\/.+\?source=nev-suppliers">/)
  })
})
