import { screen, waitFor, within } from '@testing-library/react'
import { en } from '@/i18n/en'
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
