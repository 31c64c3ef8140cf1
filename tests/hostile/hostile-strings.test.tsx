import { render, screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { DatasetError } from '@/data/dataset-error'
import { parseDataset } from '@/data/parse-dataset'
import { indexDataset, toFigureRow } from '@/data/select-figures'
import { FigureTooltip } from '@/charts/figure-tooltip'
import { SafeLink } from '@/charts/safe-link'
import { en } from '@/i18n/en'
import { I18nProvider } from '@/i18n/i18n'
import { datasetWith } from '../fixtures/dataset'
import { hostileDataset } from '../fixtures/hostile-dataset'
import {
  FORBIDDEN_URLS,
  HOSTILE_WEB_URLS,
  hostileTextsOf,
  markerOf,
  MARKUP_PAYLOADS,
  PWNED,
} from '../fixtures/hostile-strings'
import { serveJson } from '../fixtures/responses'
import { must } from '../fixtures/must'
import { renderApp } from '../render-app'

/**
 * Dataset strings are text. Labels, quotes, names and notes full of markup and script show as the
 * characters they are, in every tab, the source panel, tooltips and the error panel; links from
 * the dataset open only for http(s), in a new tab that cannot reach back.
 */

const hostile = hostileDataset()
const texts = hostileTextsOf(hostile)

/** Elements that only markup from the data could have made: the app itself draws none of them. */
const FOREIGN = 'script, iframe, object, embed, style, img, foreignObject, base, meta[http-equiv], link[rel="import"]'

/** Everything that would run or load from the page, if any of the data had been read as markup. */
function expectNothingInjected(root: ParentNode = document) {
  expect([...root.querySelectorAll(FOREIGN)].map((element) => element.outerHTML.slice(0, 120))).toEqual([])
  const handlers = [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes]
      .filter((attribute) => /^on/i.test(attribute.name))
      .map((a) => `${element.localName}[${a.name}]`),
  )
  expect(handlers).toEqual([])
  expect((window as unknown as Record<string, unknown>)[PWNED]).toBeUndefined()
}

/**
 * Every link leaves the app only for http(s), in a new tab, with no opener and no referrer; the
 * app's own links stay on the page. No href anywhere is a script.
 */
function expectSafeLinks(root: ParentNode = document) {
  for (const link of root.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? ''
    // Browsers drop spaces and control characters from a scheme: "java\tscript:" is "javascript:".
    const scheme = [...href].filter((character) => character.charCodeAt(0) > 0x20).join('')
    expect(scheme, link.outerHTML.slice(0, 200)).not.toMatch(/^(javascript|data|vbscript|file):/i)
    const url = new URL(href, window.location.href)
    if (url.origin === window.location.origin) continue
    expect(url.protocol, href).toMatch(/^https?:$/)
    expect(link.getAttribute('target'), href).toBe('_blank')
    const rel = (link.getAttribute('rel') ?? '').split(/\s+/)
    expect(rel, href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
  }
}

/**
 * The page's text holds each hostile string it shows whole: a marker on screen comes with the
 * markup before it, as characters. Returns the paths shown, for the callers to check coverage.
 */
function expectShownAsText(root: HTMLElement = document.body): string[] {
  // Recharts measures label words in a hidden span it leaves in <body>: one word, not a label.
  const copy = root.cloneNode(true) as HTMLElement
  copy.querySelector('#recharts_measurement_span')?.remove()
  const text = copy.textContent ?? ''
  // No path is another's prefix followed by more path ("[1]" and "[10]" differ at the bracket).
  const shown = [...texts.keys()].filter((path) => text.includes(markerOf(path)))
  for (const path of shown) {
    const literal = must(texts.get(path), `a hostile text at ${path}`)
    expect(text.includes(literal), `the text at ${path} shown whole: ${literal}`).toBe(true)
  }
  return shown
}

afterEach(() => {
  Reflect.deleteProperty(window, PWNED)
})

describe('links in the dataset', () => {
  const urlPaths = ['meta.article.url', 'notes[0].sources[0].url']
  const contextIndex = hostile.facts.findIndex((fact) => fact.kind === 'context')
  urlPaths.push(`facts[${contextIndex}].source.url`)

  it.each(urlPaths)('must be http or https at %s: the schema rejects every other scheme', (path) => {
    for (const url of FORBIDDEN_URLS) {
      let caught: unknown
      try {
        parseDataset(datasetWith(path, url))
      } catch (error) {
        caught = error
      }
      expect(caught, url).toBeInstanceOf(DatasetError)
      expect(new Set((caught as DatasetError).problems.map((problem) => problem.path)), url).toEqual(new Set([path]))
    }
  })

  it('may carry markup in an http(s) URL, which the schema accepts and the link keeps as an inert attribute', () => {
    expect(() => parseDataset(hostile)).not.toThrow()
    render(
      <>
        {HOSTILE_WEB_URLS.map((url) => (
          <SafeLink key={url} href={url}>
            {url}
          </SafeLink>
        ))}
        {FORBIDDEN_URLS.map((url) => (
          <SafeLink key={url} href={url}>
            {`forbidden ${url}`}
          </SafeLink>
        ))}
      </>,
    )
    for (const url of HOSTILE_WEB_URLS) expect(screen.getByRole('link', { name: url })).toHaveAttribute('href', url)
    // SafeLink's own guard, behind the schema: anything but http(s) is not a link at all.
    for (const url of FORBIDDEN_URLS) expect(screen.queryByRole('link', { name: `forbidden ${url}` })).toBeNull()
    expectSafeLinks()
    expectNothingInjected()
  })
})

describe('a dataset whose every text is markup or script', () => {
  const shownPaths = new Set<string>()
  afterAll(() => {
    // Most texts of the dataset appeared somewhere, whole: the checks above were not vacuous.
    console.log(`[hostile] hostile texts found whole on the pages checked: ${shownPaths.size} of ${texts.size}`)
    expect(shownPaths.size).toBeGreaterThan(texts.size / 3)
  })

  const cases = [
    { url: '/', heading: en['overview.title'] },
    { url: '/?tab=clusters', heading: en['clusters.title'] },
    { url: '/?tab=nev', heading: en['nev.title'] },
    { url: '/?tab=finance', heading: en['finance.title'] },
    { url: '/?show=table', heading: en['overview.title'] },
    { url: '/?tab=clusters&show=table', heading: en['clusters.title'] },
    { url: '/?tab=nev&show=table', heading: en['nev.title'] },
    { url: '/?tab=finance&show=table', heading: en['finance.title'] },
    { url: '/?tab=all-figures', heading: en['tab.all-figures'] },
    { url: '/?tab=all-figures&sort=label:desc&q=%3C', heading: en['tab.all-figures'] },
  ]

  it.each(cases)('shows it as text on $url', async ({ url, heading }) => {
    renderApp({ url, respond: serveJson(hostile) })
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText(en['loading.dataset'])).toBeNull())
    // The title of the page is the dataset's: markup and all, as characters.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(must(texts.get('meta.title.en'), 'the title'), {
      normalizeWhitespace: false,
    })
    const shown = expectShownAsText()
    expect(shown.length).toBeGreaterThan(5)
    for (const path of shown) shownPaths.add(path)
    expectNothingInjected()
    expectSafeLinks()
  })

  it.each(['/?lang=zh', '/?tab=nev&lang=zh&show=table', '/?tab=clusters&lang=zh', '/?tab=all-figures&lang=zh'])(
    'shows the Chinese texts as text too, on %s',
    async (url) => {
      renderApp({ url, respond: serveJson(hostile) })
      await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'))
      await waitFor(() => expect(expectShownAsText().some((path) => path.endsWith('.zh'))).toBe(true))
      for (const path of expectShownAsText()) shownPaths.add(path)
      expectNothingInjected()
      expectSafeLinks()
    },
  )

  // A stated fact with a note that has sources; a context figure with its outside link; a derived
  // figure with its inputs; a list.
  const noted = must(
    hostile.notes.find((note) => note.sources?.length),
    'a note with sources',
  )
  const sourceIds = [
    must(noted.appliesTo[0], 'a fact the note applies to'),
    must(
      hostile.facts.find((fact) => fact.kind === 'context'),
      'a context fact',
    ).id,
    must(
      hostile.facts.find((fact) => fact.kind === 'derived'),
      'a derived fact',
    ).id,
    must(hostile.lists[0], 'a list').id,
  ]

  it.each(sourceIds)('shows the source panel of %s as text, with safe links', async (id) => {
    renderApp({ url: `/?source=${id}`, respond: serveJson(hostile) })
    const dialog = await screen.findByRole('dialog')
    const shown = expectShownAsText(dialog)
    for (const path of shown) shownPaths.add(path)
    // The panel's own parts: the article, with its title and publisher as written; a context
    // figure's panel names its own source instead, the article being no source of it.
    const isContext = hostile.facts.some((fact) => fact.id === id && fact.kind === 'context')
    expect(shown).toEqual(expect.arrayContaining(isContext ? [] : ['meta.article.title', 'meta.article.publisher']))
    expect(within(dialog).getAllByRole('link').length).toBeGreaterThan(0)
    expectSafeLinks(dialog)
    expectNothingInjected()
  })

  it('shows the note title and body, and links its sources only as http(s) in a new tab', async () => {
    const noteIndex = hostile.notes.indexOf(noted)
    renderApp({ url: `/?source=${noted.appliesTo[0]}`, respond: serveJson(hostile) })
    const dialog = await screen.findByRole('dialog')
    const title = must(texts.get(`notes[${noteIndex}].title.en`), 'the note title')
    const body = must(texts.get(`notes[${noteIndex}].body.en`), 'the note body')
    expect(within(dialog).getByText(body)).toBeInTheDocument()
    expect(dialog.textContent).toContain(title)
    for (const [index, source] of (noted.sources ?? []).entries()) {
      const label = must(texts.get(`notes[${noteIndex}].sources[${index}].label.en`), 'a source label')
      const link = within(dialog).getByRole('link', { name: label })
      expect(link).toHaveAttribute('href', source.url)
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    }
  })

  it('shows a figure’s tooltip as text', () => {
    const row = toFigureRow(must(hostile.facts[0], 'a fact'), indexDataset(hostile))
    const queryClient = new QueryClient()
    render(
      <QueryClientProvider client={queryClient}>
        <I18nProvider locale="en">
          <FigureTooltip row={row} />
        </I18nProvider>
      </QueryClientProvider>,
    )
    expect(screen.getByText(row.label.en)).toBeInTheDocument()
    expect(document.body.textContent).toContain(row.period.en)
    expectNothingInjected()
  })
})

describe('markup in what the page reports back', () => {
  it('lists an unknown key of markup in the schema error panel as text', async () => {
    const key = MARKUP_PAYLOADS[1]
    renderApp({ respond: serveJson({ ...hostileDataset(), [key]: MARKUP_PAYLOADS[0] }) })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(en['error.schema.title'])).toBeInTheDocument()
    expect(within(alert).getByRole('listitem')).toHaveTextContent(key)
    expectNothingInjected()
  })

  it('names a param of markup in the notice as text', async () => {
    const [script, image] = MARKUP_PAYLOADS
    renderApp({ url: `/?${new URLSearchParams({ [image]: script, tab: script }).toString()}` })
    const notice = await screen.findByText(en['notice.ignored.title'])
    const list = must(notice.closest('[role="status"]'), 'the notice')
    expect(list.textContent).toContain(image)
    expect(list.textContent).toContain(script)
    expectNothingInjected()
  })
})
