import { screen, within } from '@testing-library/react'
import { enAll as en } from '@/i18n/en-on-demand'
import { renderApp } from '../render-app'

async function openEmbedDialog(url: string) {
  const app = renderApp({ url })
  await app.user.click(await screen.findByRole('button', { name: en['share.embed'] }))
  const dialog = await screen.findByRole('dialog', { name: en['embed.dialog.title'] })
  const snippetBox = within(dialog).getByRole('textbox', { name: en['embed.dialog.snippet'] })
  const snippet = () => {
    const doc = new DOMParser().parseFromString((snippetBox as HTMLTextAreaElement).value, 'text/html')
    const src = doc.querySelector('iframe')?.getAttribute('src') ?? ''
    return { doc, params: new URL(src).searchParams, src }
  }
  return { ...app, dialog, snippetBox, snippet }
}

describe('the Embed dialog', () => {
  it('writes an iframe for the whole tab of the current view, with its filters', async () => {
    const { dialog, snippet } = await openEmbedDialog('/?tab=nev&kind=target')
    expect(within(dialog).getByRole('radio', { name: 'The whole NEV ecosystem tab' })).toBeChecked()
    const { params, src, doc } = snippet()
    expect(src.startsWith(`${window.location.origin}/?`)).toBe(true)
    expect(params.get('embed')).toBe('1')
    expect(params.get('tab')).toBe('nev')
    expect(params.get('kind')).toBe('target')
    expect(params.has('chart')).toBe(false)
    const iframe = doc.querySelector('iframe')
    expect(iframe?.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups')
    expect(iframe?.getAttribute('title')).toBe(`${en['tab.nev']} · ${en['app.siteName']}`)
    expect(doc.querySelector('[style]')).toBeNull()
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(`${window.location.origin}/embed-host.js`)
  })

  it('embeds one part when chosen, from the tab’s own parts', async () => {
    const { dialog, user, snippet } = await openEmbedDialog('/?tab=nev')
    const parts = within(dialog)
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent)
    expect(parts).toEqual([
      'The whole NEV ecosystem tab',
      en['nev.output.title'],
      en['nev.share.title'],
      en['nev.companies.title'],
    ])
    await user.click(within(dialog).getByRole('radio', { name: en['nev.output.title'] }))
    expect(snippet().params.get('chart')).toBe('output')
    expect(snippet().doc.querySelector('iframe')?.getAttribute('title')).toBe(
      `${en['tab.nev']} · ${en['nev.output.title']} · ${en['app.siteName']}`,
    )
  })

  it('starts from the part the view already shows', async () => {
    const { dialog } = await openEmbedDialog('/?tab=nev&chart=share')
    expect(within(dialog).getByRole('radio', { name: en['nev.share.title'] })).toBeChecked()
  })

  it('checks the host origin, names a valid one in host=, and copies the code', async () => {
    const { dialog, user, snippet, snippetBox } = await openEmbedDialog('/?tab=nev')
    const hostInput = within(dialog).getByRole('textbox', { name: en['embed.dialog.host'] })
    const copy = within(dialog).getByRole('button', { name: en['embed.dialog.copy'] })

    await user.type(hostInput, 'intranet.example/page')
    await user.tab()
    expect(hostInput).toHaveAttribute('aria-invalid', 'true')
    expect(hostInput).toHaveAccessibleDescription(en['embed.dialog.hostInvalid'])
    expect(snippet().params.has('host')).toBe(false)
    expect(copy).toBeDisabled()

    await user.clear(hostInput)
    await user.type(hostInput, 'https://intranet.example')
    await user.tab()
    expect(hostInput).toHaveAttribute('aria-invalid', 'false')
    expect(within(dialog).queryByText(en['embed.dialog.hostInvalid'])).not.toBeInTheDocument()
    expect(snippet().params.get('host')).toBe('https://intranet.example')

    await user.click(copy)
    expect(await navigator.clipboard.readText()).toBe((snippetBox as HTMLTextAreaElement).value)
    expect(within(dialog).getByRole('button', { name: en['copy.done'] })).toBeInTheDocument()
  })

  it('closes and leaves the view as it was', async () => {
    const { dialog, user } = await openEmbedDialog('/?tab=nev')
    await user.click(within(dialog).getByRole('button', { name: en['dialog.close'] }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(window.location.search).toBe('?tab=nev')
  })
})
