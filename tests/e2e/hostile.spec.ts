import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BrowserContext, Locator, Page } from '@playwright/test'
import type { Dataset } from '@/data/schema'
import { parseCsv } from '../charts/export/parse-csv.ts'
import { hostileTextsOf, markerOf, PWNED, toHostileDataset } from '../fixtures/hostile-strings.ts'
import { expect, saveScreenshot, test as base } from './fixtures.ts'
import { shownBars, tabPanel, waitForBars, waitForEveryChart } from './support/charts.ts'
import { download } from './support/page-reads.ts'
import { APP_PATH, DIST_DIR } from './support/site.ts'
import { TABS, tabUrl } from './support/tabs.ts'
import { DATASET_PATH } from './static-server.ts'

/**
 * A hostile dataset in a real browser: every label, quote, name and note is markup or script that
 * would set window.__pwned if it ran (tests/fixtures/hostile-strings.ts), every link carries markup
 * in an http(s) URL. Each tab, the tables of lists, the source panel, a tooltip and the downloads (SVG, PNG,
 * CSV) must show those strings as text: no dialog opens, nothing sets window.__pwned, no element
 * or event handler comes from the data, every dataset link is http(s) with rel="noopener
 * noreferrer", and the page's health (console, CSP, requests on the sub-path only) stays clean.
 *
 * The dataset is answered by Playwright's router for the app's own data/dataset.json URL, on the
 * static server's origin and sub-path: no change to the server, and the request is still the app's.
 */

const NEV_OUTPUT_TITLE = 'Vehicles produced, Sichuan and Chongqing against China'
/** A tab's page must show at least this many of the hostile texts, whole, for its checks to mean anything. */
const MIN_SHOWN = 3

type Hostile = { dataset: Dataset; body: string; texts: Map<string, string> }
let built: Hostile | undefined
/** The built dataset made hostile, as the unit tests make it; read when first needed, after the build. */
function hostile(): Hostile {
  if (!built) {
    const dataset = toHostileDataset(JSON.parse(readFileSync(resolve(DIST_DIR, DATASET_PATH), 'utf8')) as Dataset)
    built = { dataset, body: JSON.stringify(dataset), texts: hostileTextsOf(dataset) }
  }
  return built
}

type Watch = { dialogs: string[]; popups: string[] }

/** Answers the app's dataset request with the hostile dataset, and counts dialogs and new windows. */
async function serveHostile(context: BrowserContext, page: Page): Promise<Watch> {
  const datasetPath = `${APP_PATH}${DATASET_PATH}`
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

/** The suite's test, with every page's dataset made hostile and its dialogs and windows watched. */
const test = base.extend<{ watch: Watch }>({
  watch: [async ({ context, page }, use) => use(await serveHostile(context, page)), { auto: true }],
})

/** Nothing ran, nothing was injected, no dialog or window opened, every outside link is safe. */
async function expectInert(page: Page, watch: Watch, what: string) {
  const found = await page.evaluate((flag) => {
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
          const url = new URL(element.getAttribute('href') ?? '', location.href)
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
  expect.soft(found.pwned, `window.${PWNED} never set (${what})`).toBe(false)
  expect.soft(watch.dialogs, `no dialog (${what})`).toEqual([])
  expect.soft(watch.popups, `no new window (${what})`).toEqual([])
  expect.soft(found.foreign, `no img, iframe, style… from the data (${what})`).toEqual([])
  expect.soft(found.scripts, `no script but the app's own (${what})`).toEqual([])
  expect.soft(found.handlers, `no on… attribute (${what})`).toEqual([])
  expect
    .soft(found.unsafeLinks, `every outside link http(s), target _blank, rel noopener noreferrer (${what})`)
    .toEqual([])
}

/**
 * The hostile texts on screen (or in `root`), outside drawn SVG (whose labels wrap into lines):
 * every marker shown comes with its whole hostile string, as characters.
 */
async function expectShownAsText(root: Locator, what: string, minimum = MIN_SHOWN) {
  const text = await root.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement
    // Recharts' hidden measuring span holds one word of a label; drawn charts are checked as files.
    copy.querySelectorAll('#recharts_measurement_span, svg').forEach((node) => node.remove())
    return copy.textContent ?? ''
  })
  const { texts } = hostile()
  const shown = [...texts.keys()].filter((path) => text.includes(markerOf(path)))
  const broken = shown
    .filter((path) => !text.includes(texts.get(path) ?? ''))
    .map((path) => `${path}: expected ${texts.get(path)}`)
  expect.soft(shown.length, `at least ${minimum} hostile texts shown (${what})`).toBeGreaterThanOrEqual(minimum)
  expect.soft(broken, `each hostile text shown whole, as characters (${what})`).toEqual([])
}

test('every tab and a table show the hostile texts as text, and nothing runs', async ({ page, watch }, testInfo) => {
  for (const tab of TABS) {
    await test.step(`the ${tab.title} tab`, async () => {
      await page.goto(tabUrl(tab))
      await waitForEveryChart(page)
      const title = hostile().texts.get('meta.title.en') ?? ''
      await expect
        .soft(page.getByText(title, { exact: true }).first(), `"${title}" visible as text (${tab.id})`)
        .toBeVisible()
      await expectShownAsText(page.locator('body'), tab.id)
      await expectInert(page, watch, tab.id)
      if (tab.id === 'nev') await saveScreenshot(page, testInfo, 'hostile-nev-1280x800-light', { fullPage: true })
    })
  }
  // The industry matrix is a table in either display; the proposals have a table of their own; All
  // figures is tables only (kept out of TABS, the tab matrix's list).
  for (const tab of ['clusters', 'finance', 'all-figures']) {
    await test.step(`the ${tab} tab as tables`, async () => {
      await page.goto(`?tab=${tab}&show=table`)
      await expect(tabPanel(page).getByRole('table').first()).toBeVisible()
      await expectShownAsText(tabPanel(page), `${tab} as tables`)
      await expectInert(page, watch, `${tab} as tables`)
    })
  }
})

test('a tooltip and the source panels show the hostile texts as text, and nothing runs', async ({ page, watch }) => {
  await test.step('a tooltip', async () => {
    await page.goto('?tab=nev')
    await waitForBars(page)
    await shownBars(page).first().hover()
    const tooltip = page.locator('.recharts-tooltip-wrapper').filter({ hasText: '§' }).first()
    await expect(tooltip, 'a tooltip on hovering a bar').toBeVisible()
    await expectShownAsText(tooltip, 'the tooltip', 1)
    await expectInert(page, watch, 'the tooltip')
  })

  // A fact with a note that has outside sources, and a context figure with its outside link.
  const { dataset } = hostile()
  const noted = dataset.notes.find((note) => note.sources?.length)
  const context = dataset.facts.find((fact) => fact.kind === 'context')
  for (const id of [noted?.appliesTo[0], context?.id]) {
    if (!id) continue
    await test.step(`the source panel of ${id}`, async () => {
      await page.goto(`?source=${id}`)
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      await expectShownAsText(dialog, `the source panel of ${id}`)
      await expect
        .soft(dialog.locator('a[target="_blank"]'), `links to outside sources in the panel of ${id}`)
        .not.toHaveCount(0)
      await expectInert(page, watch, `the source panel of ${id}`)
    })
  }
})

// What a spreadsheet runs as a formula (as src/charts/export/to-csv.ts guards it).
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/

test('the SVG, PNG and CSV downloads keep the hostile texts as characters, and nothing runs', async ({
  page,
  watch,
}) => {
  await page.goto('?tab=nev')
  const figure = page.getByRole('figure', { name: NEV_OUTPUT_TITLE, exact: true })
  await expect(shownBars(figure).first()).toBeVisible()
  const button = (format: string) =>
    figure.getByRole('button', { name: `Download “${NEV_OUTPUT_TITLE}” as ${format}`, exact: true })
  const { dataset, texts } = hostile()

  await test.step('the SVG', async () => {
    const svg = (await download(page, button('SVG image'))).bytes.toString('utf8')
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
    expect.soft(read.error, 'an SVG that parses as XML').toBeNull()
    expect.soft(read.scripts === 0 && !read.handlers, 'no script, HTML or handler in the SVG').toBe(true)
    // Frame lines wrap at spaces: a text is found in the lines run together.
    const spaced = read.drawn.join(' ').replace(/\s+/g, ' ')
    const joined = read.drawn.join('').replace(/\s+/g, '')
    const shown = [...texts.keys()].filter((path) => joined.includes(markerOf(path)))
    const broken = shown.filter((path) => {
      const literal = texts.get(path) ?? ''
      return !spaced.includes(literal.replace(/\s+/g, ' ')) && !joined.includes(literal.replace(/\s+/g, ''))
    })
    expect.soft(shown.length, 'hostile texts drawn in the SVG (its source line)').toBeGreaterThan(0)
    expect.soft(broken, 'each hostile text in the SVG whole, as characters').toEqual([])
    await expectInert(page, watch, 'after the SVG download')
  })

  await test.step('the PNG', async () => {
    const png = await download(page, button('PNG image'))
    expect.soft(png.bytes.subarray(0, 8).toString('hex'), 'a PNG file').toBe('89504e470d0a1a0a')
    const decoded = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }))
      return bitmap.width > 0 && bitmap.height > 0
    }, png.bytes.toString('base64'))
    expect.soft(decoded, 'the PNG decodes in the browser').toBe(true)
    await expectInert(page, watch, 'after the PNG download')
  })

  await test.step('the CSV', async () => {
    const csv = (await download(page, button('CSV data'))).bytes.toString('utf8').replace(/^\uFEFF/, '')
    const [header = [], ...records] = parseCsv(csv)
    const figureAt = header.indexOf('Figure')
    const valueAt = header.indexOf('Value')
    const labels = new Set(dataset.facts.map((fact) => fact.label.en))
    const shownText = (cell: string) =>
      cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell
    const unknown = records.map((record) => shownText(record[figureAt] ?? '')).filter((label) => !labels.has(label))
    expect.soft(records.length, 'records in the CSV').toBeGreaterThan(0)
    expect.soft(unknown, 'each Figure cell a hostile label as written').toEqual([])
    const formulas = records.flatMap((record) =>
      record.filter(
        (cell, column) => !(column === valueAt && Number.isFinite(Number(cell))) && FORMULA_START.test(cell),
      ),
    )
    expect.soft(formulas, 'no CSV cell a spreadsheet would run').toEqual([])
    expect
      .soft(records.flat().filter((cell) => cell.includes('<script>')).length, 'markup kept in the CSV as characters')
      .toBeGreaterThan(0)
    await expectInert(page, watch, 'after the CSV download')
  })
})
