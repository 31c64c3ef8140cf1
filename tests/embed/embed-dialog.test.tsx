import { act, screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { renderApp } from '../render-app'

async function openEmbedDialog(url: string) {
  const app = renderApp({ url })
  // Share's actions sit in a menu in the header on a phone, inline by the tabs on a desk; the test
  // opens the header's menu as a phone does.
  const header = screen.getByRole('banner')
  await app.user.click(await within(header).findByRole('button', { name: en['share.menu'] }))
  await app.user.click(within(header).getByRole('button', { name: en['share.embed'] }))
  const dialog = await screen.findByRole('dialog', { name: en['embed.dialog.title'] })
  const box = (name: string) => within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement
  const parse = (name: string) => {
    const doc = new DOMParser().parseFromString(box(name).value, 'text/html')
    const iframe = doc.querySelector('iframe')
    return { doc, iframe, params: new URL(iframe?.getAttribute('src') ?? '').searchParams }
  }
  const preview = within(dialog).getByTitle(/^Preview of/) as HTMLIFrameElement
  return {
    ...app,
    dialog,
    preview,
    auto: () => parse(en['embed.dialog.autoTitle']),
    fixed: () => parse(en['embed.dialog.fixedTitle']),
    autoBox: () => box(en['embed.dialog.autoTitle']),
  }
}

/** What the embed in the preview frame tells its page: its content's height. */
function reportHeight(preview: HTMLIFrameElement, height: number) {
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'cq-dashboard:height', version: 1, height, view: '?tab=nev&embed=1' },
        source: preview.contentWindow,
      }),
    )
  })
}

describe('the Embed dialog', () => {
  it('writes a self-sizing frame for the whole tab of the current view, with its filters', async () => {
    const { dialog, auto } = await openEmbedDialog('/?tab=nev&kind=context')
    expect(within(dialog).getByRole('radio', { name: 'The whole NEV ecosystem tab' })).toBeChecked()
    const { params, doc, iframe } = auto()
    expect(params.get('embed')).toBe('1')
    expect(params.get('tab')).toBe('nev')
    expect(params.get('kind')).toBe('context')
    expect(params.has('chart')).toBe(false)
    expect(iframe?.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups')
    expect(iframe?.getAttribute('title')).toBe(`${en['tab.nev']} · ${en['app.siteName']}`)
    expect(iframe?.getAttribute('width')).toBe('640')
    expect(doc.querySelector('[style]')).toBeNull()
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(`${window.location.origin}/embed-host.js`)
  })

  it('previews the view at the width chosen, and writes the height it measures into the fixed-height code', async () => {
    const { dialog, user, preview, fixed } = await openEmbedDialog('/?tab=nev')
    expect(preview.getAttribute('src')).toContain('embed=1')
    expect(preview.getAttribute('width')).toBe('640')
    const copyFixed = within(dialog).getByRole('button', { name: en['embed.dialog.copyFixed'] })
    expect(copyFixed).toBeDisabled()

    reportHeight(preview, 1188)
    expect(within(dialog).getByText('1,188 px tall at 640 px wide.')).toBeInTheDocument()
    expect(fixed().iframe?.getAttribute('height')).toBe('1188')
    expect(fixed().doc.querySelectorAll('script')).toHaveLength(0)
    expect(copyFixed).toBeEnabled()

    await user.click(within(dialog).getByRole('radio', { name: en['embed.dialog.width.360'] }))
    const narrow = within(dialog).getByTitle(/^Preview of/) as HTMLIFrameElement
    expect(narrow.getAttribute('width')).toBe('360')
    expect(within(dialog).getByText(en['embed.dialog.measuring'])).toBeInTheDocument()
    reportHeight(narrow, 2400)
    expect(fixed().iframe?.getAttribute('width')).toBe('360')
    expect(fixed().iframe?.getAttribute('height')).toBe('2400')
  })

  it('embeds one part when chosen, from the tab’s own parts', async () => {
    const { dialog, user, auto } = await openEmbedDialog('/?tab=nev')
    const parts = within(within(dialog).getByRole('group', { name: en['embed.dialog.scope'] }))
      .getAllByRole('radio')
      .map((radio) => radio.closest('label')?.textContent)
    expect(parts).toEqual([
      'The whole NEV ecosystem tab',
      en['nev.headlines'],
      en['nev.output.title'],
      en['nev.share.title'],
    ])
    await user.click(within(dialog).getByRole('radio', { name: en['nev.output.title'] }))
    expect(auto().params.get('chart')).toBe('output')
    expect(auto().iframe?.getAttribute('title')).toBe(
      `${en['tab.nev']} · ${en['nev.output.title']} · ${en['app.siteName']}`,
    )
  })

  it('starts from the part the view already shows', async () => {
    const { dialog } = await openEmbedDialog('/?tab=nev&chart=share')
    expect(within(dialog).getByRole('radio', { name: en['nev.share.title'] })).toBeChecked()
  })

  it('checks the optional host origin, names a valid one in host=, and copies the code', async () => {
    const { dialog, user, auto, autoBox } = await openEmbedDialog('/?tab=nev')
    await user.click(within(dialog).getByText(en['embed.dialog.advanced']))
    const hostInput = within(dialog).getByRole('textbox', { name: en['embed.dialog.host'] })
    const copy = within(dialog).getByRole('button', { name: en['embed.dialog.copyAuto'] })

    await user.type(hostInput, 'intranet.example/page')
    await user.tab()
    expect(hostInput).toHaveAttribute('aria-invalid', 'true')
    expect(hostInput).toHaveAccessibleDescription(en['embed.dialog.hostInvalid'])
    expect(auto().params.has('host')).toBe(false)
    expect(copy).toBeDisabled()

    await user.clear(hostInput)
    await user.type(hostInput, 'https://intranet.example')
    await user.tab()
    expect(hostInput).toHaveAttribute('aria-invalid', 'false')
    expect(auto().params.get('host')).toBe('https://intranet.example')

    await user.click(copy)
    expect(await navigator.clipboard.readText()).toBe(autoBox().value)
    expect(within(dialog).getByRole('button', { name: en['copy.done'] })).toBeInTheDocument()
  })

  it('closes and leaves the view as it was', async () => {
    const { dialog, user } = await openEmbedDialog('/?tab=nev')
    await user.click(within(dialog).getByRole('button', { name: en['dialog.close'] }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(window.location.search).toBe('?tab=nev')
  })
})
