import { screen, waitFor, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { zhCN } from '@/i18n/zh-CN'
import { hostileDataset } from '../../fixtures/hostile-dataset'
import { serveJson, type Responder } from '../../fixtures/responses'
import { currentParams, renderApp } from '../../render-app'

/** The app, loaded, with the finder's button ready. */
async function openApp(url = '/', respond?: Responder) {
  const app = renderApp(respond ? { url, respond } : { url })
  const name = url.includes('lang=zh') ? zhCN['finder.open'] : en['finder.open']
  // The whole app loads first: generous waits, for a loaded machine.
  const button = await screen.findByRole('button', { name }, { timeout: 15_000 })
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 15_000 })
  return { ...app, button }
}

const field = () => screen.findByRole('combobox', { name: en['finder.label'] })
const options = () => within(screen.getByRole('listbox')).queryAllByRole('option')

describe('figure finder', () => {
  it('opens with "/" and with Ctrl+K, focus in its field', async () => {
    const { user } = await openApp()
    await user.keyboard('/')
    expect(await field()).toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('combobox')).not.toBeInTheDocument())
    await user.keyboard('{Control>}k{/Control}')
    expect(await field()).toHaveFocus()
  })

  it('finds a figure by a number written another way, marked, and opens its view with its source', async () => {
    const { user } = await openApp()
    await user.keyboard('/')
    await user.type(await field(), '1600')
    const [first] = await waitFor(() => {
      const found = options()
      expect(found.length).toBeGreaterThan(0)
      return found
    })
    expect(first).toHaveAttribute('aria-selected', 'true')
    expect(first).toHaveTextContent('Supporting suppliers at all levels')
    expect(first).toHaveTextContent('more than 1,600 enterprises')
    expect(first).toHaveTextContent(en['kind.reported'])
    expect(first).toHaveTextContent('Xu Lin')
    expect(first).toHaveTextContent(en['tab.nev'])
    expect(within(first as HTMLElement).getAllByText('1,600 enterprises'.slice(0, 5))[0]?.tagName).toBe('MARK')
    expect(await field()).toHaveAttribute('aria-activedescendant', first?.id)

    await user.keyboard('{Enter}')
    await waitFor(() => expect(currentParams().get('source')).toBe('nev-suppliers'))
    expect(currentParams().get('tab')).toBe('nev')
    expect(
      await screen.findByRole('dialog', { name: 'Supporting suppliers at all levels' }, { timeout: 5000 }),
    ).toBeInTheDocument()
  })

  it('goes to a figure a chart draws with its bar in the spotlight, which the chart’s summary names', async () => {
    const { user } = await openApp('/?kind=context')
    await user.keyboard('/')
    await user.type(await field(), '2.7 million')
    await waitFor(() => expect(options()[0]).toHaveTextContent('2.7 million'))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(currentParams().get('spotlight')).toBe('nev-vehicles-jan-nov-2022'))
    expect(currentParams().get('tab')).toBe('nev')
    expect(currentParams().get('source')).toBeNull()
    const chart = await screen.findByRole('figure', { name: en['nev.output.title'] }, { timeout: 5000 })
    expect(chart).toHaveAccessibleDescription(/^In the spotlight: .*2\.7 million/)
  })

  it('moves with the arrow keys, wrapping, and Esc gives focus back to the button', async () => {
    const { user, button } = await openApp()
    await user.click(button)
    await user.type(await field(), 'Liangjiang')
    await waitFor(() => expect(options().length).toBeGreaterThan(2))
    const input = await field()
    await user.keyboard('{ArrowDown}')
    expect(options()[1]).toHaveAttribute('aria-selected', 'true')
    expect(input).toHaveAttribute('aria-activedescendant', options()[1]?.id)
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(options().at(-1)).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(button).toHaveFocus())
    expect(currentParams().get('source')).toBeNull()
  })

  it('finds Chinese on an English page and says where it matched', async () => {
    const { user } = await openApp()
    await user.keyboard('/')
    await user.type(await field(), '许林')
    await waitFor(() => expect(options().length).toBeGreaterThan(0))
    const first = options()[0] as HTMLElement
    expect(first).toHaveTextContent(en['finder.field.speaker'])
    expect(within(first).getByText('许林').tagName).toBe('MARK')
  })

  it('shows results in Chinese on a Chinese page, found by English', async () => {
    const { user } = await openApp('/?lang=zh')
    await user.keyboard('/')
    await user.type(await screen.findByRole('combobox', { name: zhCN['finder.label'] }), '2.7 million')
    await waitFor(() => expect(options().length).toBeGreaterThan(0))
    expect(options()[0]).toHaveTextContent('近270万辆')
    expect(within(options()[0] as HTMLElement).getByText('270万').tagName).toBe('MARK')
  })

  it('says when nothing is found', async () => {
    const { user } = await openApp()
    await user.keyboard('/')
    await user.type(await field(), 'zzzz')
    expect(await screen.findByText(/Nothing found for “zzzz”/)).toBeInTheDocument()
    expect(await field()).toHaveAttribute('aria-expanded', 'false')
  })

  it('keeps a hostile dataset’s markup as text', async () => {
    const { user, button } = await openApp('/', serveJson(hostileDataset()))
    await user.click(button)
    await user.type(await field(), 'script')
    await waitFor(() => expect(options().length).toBeGreaterThan(0))
    const listbox = screen.getByRole('listbox')
    expect(listbox.querySelector('script, img, iframe, svg[onload], style')).toBeNull()
    expect(listbox).toHaveTextContent('<script>window.__pwned=true</script>')
    expect(within(listbox).getAllByText('script')[0]?.tagName).toBe('MARK')
  })
})
