import { act, screen, waitFor } from '@testing-library/react'
import { en } from '@/i18n/en'
import { loadDataset } from '../fixtures/dataset'
import { serveStatus } from '../fixtures/responses'
import { currentParams, renderApp } from '../render-app'
import { frameInHost, heightMessages } from '../frame-in-host'

const HOST = 'https://intranet.example'
const meta = loadDataset().meta

function send(data: unknown, { origin = HOST, source }: { origin?: string; source: Window }) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
  })
}

const embedUrl = `/?tab=nev&chart=output&embed=1&host=${HOST}`

describe('embed mode', () => {
  it('shows one part under a compact heading, with its source and a way to the full view', async () => {
    renderApp({ url: '/?tab=nev&chart=output&embed=1' })
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent(`${en['tab.nev']} · ${en['nev.output.title']}`)
    expect(await screen.findByRole('figure', { name: en['nev.output.title'] })).toBeInTheDocument()
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
    expect(screen.queryByRole('group', { name: en['share.label'] })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: en['filter.label'] })).not.toBeInTheDocument()

    const footer = screen.getByRole('contentinfo')
    expect(footer).toHaveTextContent('Source: press conference of 13 January 2023, as reported by iChongqing.')
    expect(footer).toHaveTextContent(`Data as of 13 January 2023`)
    expect(meta.article.publisher).toBe('iChongqing')

    const link = screen.getByRole('link', { name: 'Open full view (opens in a new tab)' })
    expect(link).toHaveAttribute('href', `${window.location.origin}/?tab=nev&chart=output`)
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener')
  })

  it('keeps the filters when the whole tab is embedded', async () => {
    renderApp({ url: '/?tab=nev&embed=1' })
    expect(await screen.findByRole('heading', { level: 1, name: en['tab.nev'] })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: en['filter.label'] })).toBeInTheDocument()
  })

  it('opts in to the experimental responsive iframe sizing, and only in embed mode', async () => {
    const { unmount } = renderApp({ url: '/?embed=1' })
    await screen.findByRole('heading', { level: 1 })
    expect(document.head.querySelectorAll('meta[name="responsive-embedded-sizing"]')).toHaveLength(1)
    unmount()
    expect(document.head.querySelector('meta[name="responsive-embedded-sizing"]')).toBeNull()
  })

  it('posts its height and view to the named host only', async () => {
    const { postMessage } = frameInHost()
    renderApp({ url: embedUrl })
    await waitFor(() => expect(heightMessages(postMessage).length).toBeGreaterThan(0))
    for (const [message, targetOrigin] of heightMessages(postMessage)) {
      expect(targetOrigin).toBe(HOST)
      expect(message).toEqual({
        type: 'cq-dashboard:height',
        version: 1,
        height: expect.any(Number),
        view: `?tab=nev&chart=output&embed=1&host=${HOST}`,
      })
    }
  })

  it('posts to any framing page when no host is named', async () => {
    const { postMessage } = frameInHost()
    renderApp({ url: '/?tab=nev&embed=1' })
    await waitFor(() => expect(heightMessages(postMessage).length).toBeGreaterThan(0))
    expect(heightMessages(postMessage).every(([, targetOrigin]) => targetOrigin === '*')).toBe(true)
  })

  it('posts nothing when opened directly rather than framed', async () => {
    const postMessage = vi.spyOn(window, 'postMessage')
    renderApp({ url: embedUrl })
    await screen.findByRole('figure', { name: en['nev.output.title'] })
    expect(postMessage).not.toHaveBeenCalled()
  })

  it('keeps posting its height when the dataset fails to load', async () => {
    const { postMessage } = frameInHost()
    renderApp({ url: embedUrl, respond: serveStatus(404) })
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(heightMessages(postMessage).length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: /Open full view/ })).toBeInTheDocument()
  })

  it('follows a command from the named host in place, and answers with its height', async () => {
    const { host, postMessage } = frameInHost()
    renderApp({ url: embedUrl })
    await screen.findByRole('figure', { name: en['nev.output.title'] })
    const historyLength = window.history.length

    send({ type: 'cq-dashboard:set-tab', version: 1, tab: 'finance' }, { source: host })
    expect(await screen.findByRole('heading', { level: 1, name: en['tab.finance'] })).toBeInTheDocument()
    expect(currentParams().get('tab')).toBe('finance')
    expect(currentParams().get('embed')).toBe('1')
    expect(currentParams().get('host')).toBe(HOST)
    expect(window.history.length).toBe(historyLength)
    await waitFor(() =>
      expect(heightMessages(postMessage).at(-1)?.[0]).toMatchObject({ view: `?tab=finance&embed=1&host=${HOST}` }),
    )

    send({ type: 'cq-dashboard:set-filters', version: 1, filters: { category: ['centre'] } }, { source: host })
    await waitFor(() => expect(currentParams().get('category')).toBe('centre'))
  })

  it('answers a command that changes nothing, so the host knows it arrived', async () => {
    const { host, postMessage } = frameInHost()
    renderApp({ url: embedUrl })
    await screen.findByRole('figure', { name: en['nev.output.title'] })
    await waitFor(() => expect(heightMessages(postMessage).length).toBeGreaterThan(0))
    const before = heightMessages(postMessage).length
    send({ type: 'cq-dashboard:set-view', version: 1, view: '?tab=nev&chart=output' }, { source: host })
    await waitFor(() => expect(heightMessages(postMessage).length).toBeGreaterThan(before))
  })

  it('ignores commands from another origin, another window, or in an invalid shape', async () => {
    const { host } = frameInHost()
    const stranger = document.createElement('iframe')
    document.body.append(stranger)
    renderApp({ url: embedUrl })
    await screen.findByRole('figure', { name: en['nev.output.title'] })
    const command = { type: 'cq-dashboard:set-tab', version: 1, tab: 'finance' }

    send(command, { origin: 'https://evil.example', source: host })
    send(command, { source: stranger.contentWindow ?? window })
    send(command, { source: window })
    send({ ...command, version: 2 }, { source: host })
    send(JSON.stringify(command), { source: host })
    send({ ...command, tab: 'xyz' }, { source: host })
    expect(currentParams().get('tab')).toBe('nev')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en['tab.nev'])

    // The same command, sent properly, is followed: the listener was there all along.
    send(command, { source: host })
    expect(currentParams().get('tab')).toBe('finance')
  })

  it('ignores every command when the embed URL names no host', async () => {
    const { host } = frameInHost()
    renderApp({ url: '/?tab=nev&chart=output&embed=1' })
    await screen.findByRole('figure', { name: en['nev.output.title'] })
    send({ type: 'cq-dashboard:set-tab', version: 1, tab: 'finance' }, { origin: window.location.origin, source: host })
    expect(currentParams().get('tab')).toBe('nev')
  })

  it('sends a figure’s source to the full view, where its panel opens', async () => {
    const { user } = renderApp({ url: '/?tab=nev&chart=output&show=table&embed=1' })
    const [sourceButton] = await screen.findAllByRole('button', { name: /^Source of / })
    if (!sourceButton) throw new Error('no Source button in the table')
    await user.click(sourceButton)
    const id = currentParams().get('source')
    expect(id).not.toBeNull()

    const link = await screen.findByRole('link', { name: `${en['embed.sourceInFullView']} ${en['embed.newTab']}` })
    expect(link).toHaveFocus()
    expect(link).toHaveAttribute('target', '_blank')
    const full = new URL(link.getAttribute('href') ?? '')
    expect(full.searchParams.get('source')).toBe(id)
    expect(full.searchParams.has('embed')).toBe(false)

    await user.click(screen.getByRole('button', { name: en['dialog.close'] }))
    expect(currentParams().has('source')).toBe(false)
    expect(screen.queryByRole('link', { name: new RegExp(en['embed.sourceInFullView']) })).not.toBeInTheDocument()
  })

  it('says what part of the embed URL was ignored', async () => {
    renderApp({ url: '/?tab=nev&embed=1&colour=red' })
    expect(await screen.findByText(en['notice.ignored.title'])).toBeInTheDocument()
    expect(screen.getByText('Unknown parameter “colour”.')).toBeInTheDocument()
    expect(currentParams().has('colour')).toBe(false)
  })
})
