import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import type { Dataset } from '@/data/schema'
import { parseCsv } from '../../charts/export/parse-csv.ts'
import { hostileTextsOf, markerOf, PWNED, toHostileDataset } from '../../fixtures/hostile-strings.ts'
import { APP_PATH, TAB_SPECS, type TabSpec } from '../config.ts'
import { listOf, type Scope } from '../report.ts'
import { DATASET_PATH, type StaticServer } from '../static-server.ts'
import { appUrl, screenshot, withAppPage, type Job, type Suite } from './app-page.ts'
import { BAR_SELECTOR, waitForBars } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * A hostile dataset in a real browser: every label, quote, name and note is markup or script that
 * would set window.__pwned if it ran (tests/fixtures/hostile-strings.ts), every link carries markup
 * in an http(s) URL. Each tab, a table, the source panel, a tooltip and the downloads (SVG, PNG,
 * CSV) must show those strings as text: no dialog opens, nothing sets window.__pwned, no element
 * or event handler comes from the data, every dataset link is http(s) with rel="noopener
 * noreferrer", and the page's health (console, CSP, requests on the sub-path only) stays clean.
 *
 * The dataset is answered by Playwright's router for the app's own data/dataset.json URL, on the
 * static server's origin and sub-path: no change to the server, and the request is still the app's.
 */

// The same build the suite serves (run-e2e.ts reads E2E_DIST the same way).
const DIST_DIR = resolve(process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../../dist'))
const DESKTOP = { width: 1280, height: 800 }
const NEV_OUTPUT_TITLE = 'Vehicles produced, Sichuan and Chongqing against China'
/** A tab's page must show at least this many of the hostile texts, whole, for its checks to mean anything. */
const MIN_SHOWN = 3

type Hostile = { body: string; dataset: Dataset; texts: Map<string, string> }

let built: Hostile | undefined
/** The built dataset made hostile, once per run. */
function hostile(): Hostile {
  if (!built) {
    const dataset = toHostileDataset(JSON.parse(readFileSync(resolve(DIST_DIR, DATASET_PATH), 'utf8')) as Dataset)
    built = { body: JSON.stringify(dataset), dataset, texts: hostileTextsOf(dataset) }
  }
  return built
}

/** The jobs to add to the suite. */
export function hostileJobs(): Job[] {
  return [
    { name: 'hostile: every tab and a table', run: checkTabs },
    { name: 'hostile: source panel and tooltip', run: checkSourceAndTooltip },
    { name: 'hostile: SVG, PNG and CSV downloads', run: checkDownloads },
  ]
}

type Watch = { dialogs: string[]; popups: string[] }

/** Answers the app's dataset request with the hostile dataset, and counts dialogs and new windows. */
async function serveHostile(context: BrowserContext, page: Page, server: StaticServer): Promise<Watch> {
  const datasetPath = new URL(`${server.urlOf(APP_PATH)}${DATASET_PATH}`).pathname
  await context.route(
    (url) => url.pathname === datasetPath,
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json; charset=utf-8',
        headers: { 'Cache-Control': 'no-store' },
        body: hostile().body,
      }),
  )
  const watch: Watch = { dialogs: [], popups: [] }
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message().slice(0, 80)}`)
    void dialog.dismiss().catch(() => undefined)
  })
  context.on('page', (opened) => watch.popups.push(opened.url()))
  return watch
}

/** What the page holds that only the data, read as markup, could have put there. */
type Injected = {
  pwned: boolean
  foreign: string[]
  scripts: string[]
  handlers: string[]
  unsafeLinks: string[]
}

function readInjected(page: Page): Promise<Injected> {
  return page.evaluate((flag) => {
    const short = (element: Element) => element.outerHTML.slice(0, 140)
    const elements = [...document.querySelectorAll('*')]
    return {
      pwned: (window as unknown as Record<string, unknown>)[flag] !== undefined,
      foreign: [
        ...document.querySelectorAll('img, iframe, object, embed, style, foreignObject, base, frame, meta[http-equiv]'),
      ].map(short),
      // The app's own module scripts come from its origin, with src; nothing else may exist.
      scripts: [...document.querySelectorAll('script')]
        .filter((script) => !script.src || new URL(script.src).origin !== location.origin)
        .map(short),
      handlers: elements.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((a) => `<${element.localName} ${a.name}>`),
      ),
      unsafeLinks: elements
        .filter((element) => element.hasAttribute('href') && element.localName !== 'link')
        .filter((element) => {
          const href = element.getAttribute('href') ?? ''
          const url = new URL(href, location.href)
          if (url.origin === location.origin) return false
          const rel = (element.getAttribute('rel') ?? '').split(/\s+/)
          return (
            !/^https?:$/.test(url.protocol) ||
            element.getAttribute('target') !== '_blank' ||
            !rel.includes('noopener') ||
            !rel.includes('noreferrer')
          )
        })
        .map(short),
    }
  }, PWNED)
}

/** Nothing ran, nothing was injected, no dialog or window opened, every outside link is safe. */
async function checkInert(scope: Scope, page: Page, watch: Watch, what: string) {
  const found = await readInjected(page)
  scope.expect('hostile', !found.pwned, `window.${PWNED} never set (${what})`, 'set: a payload ran')
  scope.expect('hostile', watch.dialogs.length === 0, `no dialog (${what})`, listOf(watch.dialogs))
  scope.expect('hostile', watch.popups.length === 0, `no new window (${what})`, listOf(watch.popups))
  scope.expect(
    'hostile',
    found.foreign.length === 0,
    `no img, iframe, style… from the data (${what})`,
    listOf(found.foreign),
  )
  scope.expect('hostile', found.scripts.length === 0, `no script but the app's own (${what})`, listOf(found.scripts))
  scope.expect('hostile', found.handlers.length === 0, `no on… attribute (${what})`, listOf(found.handlers))
  scope.expect(
    'hostile',
    found.unsafeLinks.length === 0,
    `every outside link http(s), target _blank, rel noopener noreferrer (${what})`,
    listOf(found.unsafeLinks),
  )
}

/**
 * The hostile texts on screen (or in `root`), outside drawn SVG (whose labels wrap into lines):
 * every marker shown comes with its whole hostile string, as characters. Returns the count.
 */
async function checkShownAsText(scope: Scope, root: Locator, what: string, minimum = MIN_SHOWN): Promise<number> {
  const text = await root.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement
    // Recharts' hidden measuring span holds one word of a label; drawn charts are checked as files.
    copy.querySelectorAll('#recharts_measurement_span, svg').forEach((node) => node.remove())
    return copy.textContent ?? ''
  })
  const { texts } = hostile()
  const shown = [...texts.keys()].filter((path) => text.includes(markerOf(path)))
  const broken = shown.filter((path) => !text.includes(texts.get(path) ?? ''))
  scope.expect(
    'hostile',
    shown.length >= minimum,
    `at least ${minimum} hostile texts shown (${what})`,
    `${shown.length}`,
  )
  scope.expect('hostile', broken.length === 0, `each hostile text shown whole, as characters (${what})`, () =>
    listOf(broken.map((path) => `${path}: expected ${texts.get(path)}`)),
  )
  return shown.length
}

/** A hostile text, visible on the page as its literal characters. */
async function checkVisible(scope: Scope, page: Page, path: string, what: string) {
  const literal = hostile().texts.get(path) ?? ''
  const isVisible = await page.getByText(literal, { exact: true }).first().isVisible()
  scope.expect('hostile', isVisible, `"${literal}" visible as text (${what})`, 'not found or hidden')
}

const tabQuery = (spec: TabSpec, extra = '') =>
  [spec.id === 'overview' ? '' : `tab=${spec.id}`, extra].filter(Boolean).join('&')

async function checkTabs(suite: Suite) {
  const scope = suite.report.scope('hostile: every tab and a table')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ context, page }) => {
    const watch = await serveHostile(context, page, suite.server)
    for (const spec of TAB_SPECS) {
      await scope.run('hostile', async () => {
        await page.goto(appUrl(suite.server, tabQuery(spec)))
        await waitForBars(page)
        await checkVisible(scope, page, 'meta.title.en', spec.id)
        await checkShownAsText(scope, page.locator('body'), spec.id)
        await checkInert(scope, page, watch, spec.id)
      })
      if (spec.id === 'nev') await screenshot(scope, page, 'hostile-nev-1280x800-light', true)
    }
    await scope.run('hostile', async () => {
      const spec = TAB_SPECS.find((candidate) => candidate.id === 'clusters') ?? TAB_SPECS[0]
      if (!spec) return
      await page.goto(appUrl(suite.server, tabQuery(spec, 'show=table')))
      await page.getByRole('tabpanel').getByRole('table').first().waitFor()
      await checkShownAsText(scope, page.getByRole('tabpanel'), `${spec.id} as tables`)
      await checkInert(scope, page, watch, `${spec.id} as tables`)
    })
  })
}

async function checkSourceAndTooltip(suite: Suite) {
  const scope = suite.report.scope('hostile: source panel and tooltip')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ context, page }) => {
    const watch = await serveHostile(context, page, suite.server)
    const { dataset } = hostile()

    await scope.run('hostile', async () => {
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      await page.locator(BAR_SELECTOR).filter({ visible: true }).first().hover()
      const tooltip = page.locator('.recharts-tooltip-wrapper').filter({ hasText: '§' })
      const isShown = await waitUntil(() => tooltip.first().isVisible())
      scope.expect('hostile', isShown, 'a tooltip on hovering a bar', 'none')
      if (isShown) await checkShownAsText(scope, tooltip.first(), 'the tooltip', 1)
      await checkInert(scope, page, watch, 'the tooltip')
    })

    // A fact with a note that has outside sources, and a context figure with its outside link.
    const noted = dataset.notes.find((note) => note.sources?.length)
    const context_ = dataset.facts.find((fact) => fact.kind === 'context')
    for (const id of [noted?.appliesTo[0], context_?.id]) {
      if (!id) continue
      await scope.run('hostile', async () => {
        await page.goto(appUrl(suite.server, `source=${id}`))
        const dialog = page.getByRole('dialog')
        await dialog.waitFor({ state: 'visible' })
        await checkShownAsText(scope, dialog, `the source panel of ${id}`)
        const outside = await dialog
          .locator('a[target="_blank"]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
        scope.expect('hostile', outside.length > 0, `links to outside sources in the panel of ${id}`, 'none')
        await checkInert(scope, page, watch, `the source panel of ${id}`)
      })
    }
  })
}

type Saved = { name: string; bytes: Buffer }

async function save(page: Page, button: Locator): Promise<Saved> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const failure = await download.failure()
  if (failure) throw new Error(`the download failed: ${failure}`)
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
}

// What a spreadsheet runs as a formula (as src/charts/export/to-csv.ts guards it).
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/

async function checkDownloads(suite: Suite) {
  const scope = suite.report.scope('hostile: SVG, PNG and CSV downloads')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ context, page }) => {
    const watch = await serveHostile(context, page, suite.server)
    await page.goto(appUrl(suite.server, 'tab=nev'))
    const figure = page.getByRole('figure', { name: NEV_OUTPUT_TITLE, exact: true })
    await figure.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor({ state: 'visible' })
    const button = (format: string) =>
      figure.getByRole('button', { name: `Download “${NEV_OUTPUT_TITLE}” as ${format}`, exact: true })
    const { texts, dataset } = hostile()

    await scope.run('hostile', async () => {
      const svg = (await save(page, button('SVG image'))).bytes.toString('utf8')
      const read = await page.evaluate((source) => {
        const parsed = new DOMParser().parseFromString(source, 'image/svg+xml')
        const frameTexts = [...parsed.documentElement.children].filter((child) => child.localName === 'text')
        return {
          error: parsed.querySelector('parsererror')?.textContent ?? null,
          scripts: parsed.querySelectorAll('script, foreignObject, iframe, img').length,
          handlers: [...parsed.querySelectorAll('*')].some((element) =>
            [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
          ),
          drawn: frameTexts.map((text) => text.textContent ?? ''),
        }
      }, svg)
      scope.expect('hostile', read.error === null, 'an SVG that parses as XML', read.error ?? '')
      scope.expect('hostile', read.scripts === 0 && !read.handlers, 'no script, HTML or handler in the SVG', 'found')
      // Frame lines wrap at spaces: a text is found in the lines run together.
      const spaced = read.drawn.join(' ').replace(/\s+/g, ' ')
      const joined = read.drawn.join('').replace(/\s+/g, '')
      const shown = [...texts.keys()].filter((path) => joined.includes(markerOf(path)))
      const broken = shown.filter((path) => {
        const literal = texts.get(path) ?? ''
        return !spaced.includes(literal.replace(/\s+/g, ' ')) && !joined.includes(literal.replace(/\s+/g, ''))
      })
      scope.expect('hostile', shown.length > 0, 'hostile texts drawn in the SVG (its source line)', '0')
      scope.expect('hostile', broken.length === 0, 'each hostile text in the SVG whole, as characters', listOf(broken))
      await checkInert(scope, page, watch, 'after the SVG download')
    })

    await scope.run('hostile', async () => {
      const png = await save(page, button('PNG image'))
      const signature = png.bytes.subarray(0, 8).toString('hex')
      scope.expect('hostile', signature === '89504e470d0a1a0a', 'a PNG file', signature)
      const decoded = await page.evaluate(async (base64) => {
        const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }))
        return bitmap.width > 0 && bitmap.height > 0
      }, png.bytes.toString('base64'))
      scope.expect('hostile', decoded, 'the PNG decodes in the browser', 'it does not')
      await checkInert(scope, page, watch, 'after the PNG download')
    })

    await scope.run('hostile', async () => {
      const csv = (await save(page, button('CSV data'))).bytes.toString('utf8').replace(/^\uFEFF/, '')
      const [header = [], ...records] = parseCsv(csv)
      const figureAt = header.indexOf('Figure')
      const valueAt = header.indexOf('Value')
      const labels = new Set(dataset.facts.map((fact) => fact.label.en))
      const shownText = (cell: string) =>
        cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell
      const unknown = records.map((record) => shownText(record[figureAt] ?? '')).filter((label) => !labels.has(label))
      scope.expect(
        'hostile',
        records.length > 0 && unknown.length === 0,
        'each Figure cell a hostile label as written',
        listOf(unknown),
      )
      const formulas = records.flatMap((record) =>
        record.filter(
          (cell, column) => !(column === valueAt && Number.isFinite(Number(cell))) && FORMULA_START.test(cell),
        ),
      )
      scope.expect('hostile', formulas.length === 0, 'no CSV cell a spreadsheet would run', listOf(formulas))
      const markup = records.flat().filter((cell) => cell.includes('<script>')).length
      scope.expect('hostile', markup > 0, 'markup kept in the CSV as characters', 'none found')
      await checkInert(scope, page, watch, 'after the CSV download')
    })
  })
}
