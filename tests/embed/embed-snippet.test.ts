import { toEmbedSnippet, toEmbedView } from '@/embed/embed-snippet'
import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { emptyFilters } from '@/view-state/view'

const APP = 'https://dashboards.example/chongqing/'

/** The snippet as a host page's parser would read it. */
function parseSnippet(snippet: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html')
  const iframe = doc.querySelector('iframe')
  const script = doc.querySelector('script')
  if (!iframe || !script) throw new Error(`no iframe or script in ${snippet}`)
  return { doc, iframe, script }
}

const snippetFor = (search: string, chart: 'output' | null, host: string | null) => {
  const view = toEmbedView(parseView(search).view, chart, host)
  return toEmbedSnippet({
    src: `${APP}${serializeView(view)}`,
    title: 'NEV ecosystem · Vehicle output · Chongqing growth-pole dashboard',
    width: null,
    height: null,
    scriptSrc: `${APP}embed-host.js`,
  })
}

describe('toEmbedView', () => {
  it('keeps the reader’s tab, filters, language and theme, and drops what an embed cannot show', () => {
    const view = parseView('?tab=nev&kind=target&source=nev-output&lang=zh&theme=dark').view
    expect(toEmbedView(view, 'output', 'https://intranet.example')).toEqual({
      ...view,
      filters: { ...emptyFilters, kind: ['target'] },
      mode: 'embed',
      chart: 'output',
      host: 'https://intranet.example',
      source: null,
    })
  })
})

describe('toEmbedSnippet', () => {
  it('points the iframe at the embed of the chosen part, naming the host', () => {
    const { iframe } = parseSnippet(snippetFor('?tab=nev&kind=target', 'output', 'https://intranet.example'))
    const src = new URL(iframe.getAttribute('src') ?? '')
    expect(src.origin + src.pathname).toBe(APP)
    expect(src.searchParams.get('embed')).toBe('1')
    expect(src.searchParams.get('tab')).toBe('nev')
    expect(src.searchParams.get('chart')).toBe('output')
    expect(src.searchParams.get('kind')).toBe('target')
    expect(src.searchParams.get('host')).toBe('https://intranet.example')
    expect(parseView(src.search)).toMatchObject({ problems: [], view: { mode: 'embed', chart: 'output' } })
  })

  it('embeds the whole tab without chart= or host= when none is chosen', () => {
    const { iframe } = parseSnippet(snippetFor('?tab=nev', null, null))
    const src = new URL(iframe.getAttribute('src') ?? '')
    expect(src.searchParams.has('chart')).toBe(false)
    expect(src.searchParams.has('host')).toBe(false)
  })

  it('sandboxes the frame, lazy-loads it and marks it for embed-host.js', () => {
    const { iframe } = parseSnippet(snippetFor('?tab=nev', 'output', null))
    expect(iframe.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups')
    expect(iframe.getAttribute('loading')).toBe('lazy')
    expect(iframe.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin')
    expect(iframe.getAttribute('width')).toBe('100%')
    expect(Number(iframe.getAttribute('height'))).toBeGreaterThan(0)
    expect(iframe.getAttribute('title')).toBe('NEV ecosystem · Vehicle output · Chongqing growth-pole dashboard')
    expect(iframe.hasAttribute('data-cq-dashboard')).toBe(true)
  })

  it('has no style attribute and no inline script, which a strict host CSP would block', () => {
    const snippet = snippetFor('?tab=nev', 'output', 'https://intranet.example')
    const { doc, script } = parseSnippet(snippet)
    expect(doc.querySelectorAll('[style]')).toHaveLength(0)
    expect(snippet).not.toMatch(/\sstyle=/i)
    expect(script.getAttribute('src')).toBe(`${APP}embed-host.js`)
    expect(script.hasAttribute('defer')).toBe(true)
    expect(script.textContent).toBe('')
    expect(doc.querySelectorAll('script')).toHaveLength(1)
  })

  it('escapes attribute values, so a title cannot break out of its quotes', () => {
    const snippet = toEmbedSnippet({
      src: `${APP}?a=1&b=2`,
      title: 'Say "hi" <b>',
      width: null,
      height: null,
      scriptSrc: `${APP}embed-host.js`,
    })
    const { iframe, doc } = parseSnippet(snippet)
    expect(snippet).toContain('src="https://dashboards.example/chongqing/?a=1&amp;b=2"')
    expect(iframe.getAttribute('title')).toBe('Say "hi" <b>')
    expect(doc.querySelector('b')).toBeNull()
  })

  it('writes a frame of fixed width and height and no script, for pages that strip scripts', () => {
    const snippet = toEmbedSnippet({
      src: `${APP}?tab=nev&embed=1`,
      title: 'NEV',
      width: 640,
      height: 1188,
      scriptSrc: null,
    })
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}`, 'text/html')
    const iframe = doc.querySelector('iframe')
    expect(iframe?.getAttribute('width')).toBe('640')
    expect(iframe?.getAttribute('height')).toBe('1188')
    expect(iframe?.hasAttribute('data-cq-dashboard')).toBe(false)
    expect(doc.querySelectorAll('script')).toHaveLength(0)
  })
})
