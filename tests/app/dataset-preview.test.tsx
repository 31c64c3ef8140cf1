import { screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { interpolate } from '@/i18n/i18n'
import { loadDataset } from '../fixtures/dataset'
import { hostileDataset } from '../fixtures/hostile-dataset'
import { renderApp } from '../render-app'

/** A file as a maintainer would choose it from disk. */
const fileOf = (content: string | Uint8Array<ArrayBuffer>, name = 'edited-dataset.json') => new File([content], name)

async function choose(user: ReturnType<typeof renderApp>['user'], file: File) {
  const input = await screen.findByLabelText(en['preview.choose'], { selector: 'input' })
  await user.upload(input, file)
}

describe('previewing a dataset file', () => {
  it('shows the whole dashboard with the file behind a banner, and goes back to the published data', async () => {
    const edited = loadDataset()
    const automakers = edited.facts.find((fact) => fact.id === 'nev-automakers')
    if (!automakers) throw new Error('the fixture has no nev-automakers')
    automakers.value = 46
    const { user } = renderApp({ url: '/?tab=nev' })
    await screen.findByText('45 enterprises')

    await choose(user, fileOf(JSON.stringify(edited, null, 2)))
    const banner = await screen.findByText(interpolate(en['preview.banner'], { name: 'edited-dataset.json' }))
    expect(await screen.findByText('46 enterprises')).toBeInTheDocument()
    expect(window.location.search).toBe('?tab=nev')

    await user.click(screen.getByRole('button', { name: en['preview.end'] }))
    expect(await screen.findByText('45 enterprises')).toBeInTheDocument()
    expect(banner).not.toBeInTheDocument()
  })

  it('lists every problem of an invalid file at its line and column, and keeps the published data', async () => {
    const broken = loadDataset() as unknown as { facts: { value: unknown }[] }
    const first = broken.facts[0]
    if (!first) throw new Error('no fact')
    first.value = '45'
    const text = JSON.stringify(broken, null, 2)
    const { user } = renderApp()
    await choose(user, fileOf(text))
    const dialog = await screen.findByRole('dialog', {
      name: interpolate(en['preview.failed.schema'], { name: 'edited-dataset.json' }),
    })
    const line = text.split('\n').findIndex((row) => row.includes('"value": "45"')) + 1
    expect(dialog).toHaveTextContent(new RegExp(`${line}:\\d+ facts\\[0\\]\\.value: expected a number, found "45"`))
    expect(screen.queryByText(/Preview of/)).not.toBeInTheDocument()
  })

  it.each([
    ['a file that is not JSON', fileOf('{not json'), 'preview.failed.not-json'],
    ['a binary file', fileOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff])), 'preview.failed.binary'],
    ['a file over 5 MB', fileOf(' '.repeat(5 * 1024 * 1024 + 1)), 'preview.failed.too-large'],
  ] as const)('refuses %s with a clear message', async (_name, file, key) => {
    const { user } = renderApp()
    await choose(user, file)
    expect(
      await screen.findByRole('dialog', { name: interpolate(en[key], { name: 'edited-dataset.json' }) }),
    ).toBeInTheDocument()
  })

  it('keeps a hostile file’s strings as text', async () => {
    const { user } = renderApp()
    await choose(user, fileOf(JSON.stringify(hostileDataset())))
    await screen.findByText(interpolate(en['preview.banner'], { name: 'edited-dataset.json' }))
    const main = screen.getByRole('main')
    expect(main.querySelector('script, img, iframe, [onerror], [onclick]')).toBeNull()
    expect(within(main).getAllByText(/<script>/, { exact: false }).length).toBeGreaterThan(0)
  })
})
