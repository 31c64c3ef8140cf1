import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

// public/embed-host.js runs on other sites' pages, unbundled: it is tested as the file itself.
const source = readFileSync(resolve(import.meta.dirname, '../../public/embed-host.js'), 'utf8')

const DASHBOARD = 'https://dashboards.example'
type HostApi = { version: number; send: (iframe: HTMLIFrameElement, command: object) => boolean }

function addFrame({ src = `${DASHBOARD}/chongqing/?embed=1`, isMarked = true } = {}) {
  const iframe = document.createElement('iframe')
  iframe.src = src
  if (isMarked) iframe.setAttribute('data-cq-dashboard', '')
  document.body.append(iframe)
  const frameWindow = iframe.contentWindow
  if (!frameWindow) throw new Error('jsdom gave the iframe no window')
  return { iframe, frameWindow }
}

const heightMessage = (height: unknown = 812) => ({ type: 'cq-dashboard:height', version: 1, height, view: '?embed=1' })

function post(data: unknown, { origin = DASHBOARD, source }: { origin?: string; source: Window | null }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
}

beforeAll(() => {
  new Function(source)()
})

afterEach(() => {
  document.body.replaceChildren()
})

describe('embed-host.js', () => {
  it('installs once, even when a page includes it twice', () => {
    const api = (window as unknown as { CqDashboardEmbed: HostApi }).CqDashboardEmbed
    new Function(source)()
    expect((window as unknown as { CqDashboardEmbed: HostApi }).CqDashboardEmbed).toBe(api)
    expect(api.version).toBe(1)
  })

  it('sets the height of the frame that sent the message, and says so with an event', () => {
    const { iframe, frameWindow } = addFrame()
    const other = addFrame()
    const resized = vi.fn()
    iframe.addEventListener('cq-dashboard:resize', (event) => resized((event as CustomEvent).detail))
    post(heightMessage(812), { source: frameWindow })
    expect(iframe.style.height).toBe('812px')
    expect(other.iframe.style.height).toBe('')
    expect(resized).toHaveBeenCalledWith({ height: 812, view: '?embed=1' })
  })

  it('adds border and padding when the host page uses border-box sizing', () => {
    const { iframe, frameWindow } = addFrame()
    iframe.style.boxSizing = 'border-box'
    iframe.style.border = '2px solid'
    iframe.style.padding = '3px'
    post(heightMessage(800), { source: frameWindow })
    expect(iframe.style.height).toBe('810px')
  })

  it.each([
    ['another origin', { origin: 'https://evil.example' }],
    ['an opaque origin (a sandbox without allow-same-origin)', { origin: 'null' }],
  ])('ignores a height from %s', (_, { origin }) => {
    const { iframe, frameWindow } = addFrame()
    post(heightMessage(), { origin, source: frameWindow })
    expect(iframe.style.height).toBe('')
  })

  it('ignores a height posted by a window that is not a marked dashboard frame', () => {
    const unmarked = addFrame({ isMarked: false })
    post(heightMessage(), { source: unmarked.frameWindow })
    post(heightMessage(), { source: window })
    post(heightMessage(), { source: null })
    expect(unmarked.iframe.style.height).toBe('')
  })

  it.each([
    ['a string', JSON.stringify(heightMessage())],
    ['null', null],
    ['another type', { ...heightMessage(), type: 'owid-bespoke-embed-height' }],
    ['another version', { ...heightMessage(), version: 2 }],
    ['a height as text', heightMessage('812')],
    ['a fractional height', heightMessage(812.5)],
    ['a negative height', heightMessage(-1)],
    ['an absurd height', heightMessage(10_000_000)],
    ['a huge view string', { ...heightMessage(), view: '?'.repeat(100_000) }],
  ])('ignores %s', (_, data) => {
    const { iframe, frameWindow } = addFrame()
    post(data, { source: frameWindow })
    expect(iframe.style.height).toBe('')
  })

  it('sends a command to the frame’s own origin, with the protocol version', () => {
    const { iframe, frameWindow } = addFrame()
    const postMessage = vi.spyOn(frameWindow, 'postMessage').mockImplementation(() => {})
    const api = (window as unknown as { CqDashboardEmbed: HostApi }).CqDashboardEmbed
    expect(api.send(iframe, { type: 'cq-dashboard:set-tab', tab: 'finance' })).toBe(true)
    expect(postMessage).toHaveBeenCalledWith({ type: 'cq-dashboard:set-tab', tab: 'finance', version: 1 }, DASHBOARD)
  })
})
