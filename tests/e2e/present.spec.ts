import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { en } from '../../src/i18n/en.ts'
import { zhCN } from '../../src/i18n/zh-CN.ts'
import { chartTitleKey } from '../../src/i18n/chart-titles.ts'
import { defaultDeck, TITLE_SLIDE } from '../../src/view-state/default-deck.ts'
import { expandDeck } from '../../src/view-state/slide-parts.ts'
import { parseView } from '../../src/view-state/parse-view.ts'
import { slidePartsOf } from '../../src/app/slide-parts.ts'
import type { Dataset } from '../../src/data/schema.ts'
import { DATASET_PATH } from './static-server.ts'
import { DIST_DIR } from './support/site.ts'
import { tabCharts, type Tab } from '../../src/view-state/view.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { BAR_SELECTOR, shownBars, waitForBars, waitForEveryChart } from './support/charts.ts'
import { backgroundLightness } from './support/page-reads.ts'
import { settle } from './support/settle.ts'
import { TABS } from './support/tabs.ts'
import { poll } from './support/poll.ts'

/**
 * Presenter mode (README, "Share, present, embed") on a 1920×1080 projector: the keys a clicker
 * sends move one slide and the URL follows, Esc leaves onto the slide's view, every slide of the
 * default deck is readable from the back of the room (no text under 24 px, nothing to scroll,
 * nothing under the footer or cut off), a deck of view links plays, and fullscreen is asked for
 * only after a user gesture.
 */

test.use({ viewport: { width: 1920, height: 1080 } })

/** The smallest type a slide may show, in CSS px at 1920×1080. */
const MIN_FONT_PX = 24

/** `title`: the slide's heading; `viewTitle`: the same part's heading in the app, without "(1 of 3)". */
type Slide = { view: string; tab: Tab; chart: string; title: string; viewTitle: string }

/** A slide's view link read as the app reads it: its tab and the one part of it shown, and which part of a long list. */
function slideOf(view: string, part = 1, parts = 1): Slide {
  // The title slide's heading is the event's name.
  if (view === TITLE_SLIDE) {
    const title = DATASET.meta.event.name.en
    return { view, tab: 'overview', chart: TITLE_SLIDE, title, viewTitle: title }
  }
  const params = new URLSearchParams(view)
  const tab = params.get('tab') as Tab
  const chart = params.get('chart') ?? ''
  const viewTitle = en[chartTitleKey(tab, chart)]
  const title =
    parts > 1
      ? en['present.part']
          .replace('{title}', viewTitle)
          .replace('{part}', String(part))
          .replace('{parts}', String(parts))
      : viewTitle
  return { view, tab, chart, title, viewTitle }
}

const DATASET = JSON.parse(readFileSync(resolve(DIST_DIR, DATASET_PATH), 'utf8')) as Dataset

/**
 * The default deck as src/view-state/default-deck.ts defines it, each link on as many slides as
 * the app continues it on (a long list), with the heading each slide shows first: the title of the
 * part it shows, from the app's catalog.
 */
const DEFAULT_DECK: readonly Slide[] = expandDeck(defaultDeck, (link) =>
  slidePartsOf(DATASET, parseView(link).view),
).map(({ link, part, parts }) => slideOf(link, part, parts))

/** A slide of the default deck, counted from 1, by its view link. */
const slideNumberOf = (view: string) => DEFAULT_DECK.findIndex((slide) => slide.view === view) + 1

/** The slide axe checks: the densest chart. */
const AXE_SLIDE = slideNumberOf('tab=nev&chart=output')
/** The slide shown again in dark and in Chinese: the same chart. */
const VARIANT_SLIDE = AXE_SLIDE
const VARIANT_TITLE_ZH = zhCN['nev.output.title']

test('the default deck shows parts the tabs have, each once', () => {
  // A part a tab no longer has would fall back to its whole tab: a slide promising what it cannot show.
  expect(DEFAULT_DECK[0]?.title, 'the deck opens with its title slide, named after the event').toBe(
    DATASET.meta.event.name.en,
  )
  const unknown = DEFAULT_DECK.slice(1).filter(
    ({ tab, chart }) => !(tabCharts[tab] as readonly string[]).includes(chart),
  )
  expect(
    unknown.map((slide) => slide.view),
    'every slide names a tab and one of its parts',
  ).toEqual([])
  expect(new Set(defaultDeck).size, 'no slide twice').toBe(defaultDeck.length)
  expect(
    DEFAULT_DECK.filter((slide) => slide.title !== slide.viewTitle).length,
    'the industry matrix continues on more slides than one',
  ).toBeGreaterThan(0)
  expect(
    AXE_SLIDE,
    'the NEV output chart is in the deck (the slide axe checks, and shown in dark and Chinese)',
  ).toBeGreaterThan(0)
})

const englishCounter = (slide: number, count: number) => `Slide ${slide} of ${count}`
const chineseCounter = (slide: number, count: number) => `第 ${slide} / ${count} 页`

type SlideState = { search: string; counter: string; label: string; title: string; bars: number; figures: number }

/** The presenter as a reader sees it: the footer's counter, the slide's name and first visible heading. */
function readSlide(page: Page): Promise<SlideState> {
  return page.evaluate((barSelector) => {
    const region = document.querySelector('[role="region"][aria-roledescription]')
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true })
    const heading = [...(region?.querySelectorAll('h2, h3') ?? [])].find(shown)
    return {
      search: location.search,
      counter: document.querySelector('footer [aria-live]')?.textContent?.trim() ?? '',
      label: region?.getAttribute('aria-label') ?? '',
      title: heading?.textContent?.trim() ?? '',
      bars: [...(region?.querySelectorAll(barSelector) ?? [])].filter(shown).length,
      figures: [...(region?.querySelectorAll('figure') ?? [])].filter(shown).length,
    }
  }, BAR_SELECTOR)
}

type ExpectedSlide = { slide: number; count: number; title: string; counter?: (slide: number, count: number) => string }

/**
 * Waits until the presenter shows the slide (counter, slide name, heading) and the URL names it:
 * present=1 and slide=N (slide 1 is the default, so its slide= may be left out).
 */
async function expectSlide(page: Page, step: string, expected: ExpectedSlide): Promise<void> {
  const counter = (expected.counter ?? englishCounter)(expected.slide, expected.count)
  await poll(async () => {
    const state = await readSlide(page)
    const params = new URLSearchParams(state.search)
    const slideParam = params.get('slide')
    return {
      footer: state.counter,
      name: state.label,
      heading: state.title,
      present: params.get('present'),
      slide: expected.slide === 1 && slideParam === null ? '1' : slideParam,
    }
  }, `${step}: "${counter}" in the footer and as the slide's name, showing "${expected.title}", present=1&slide=${expected.slide} in the URL`).toEqual(
    { footer: counter, name: counter, heading: expected.title, present: '1', slide: String(expected.slide) },
  )
}

type Projection = {
  texts: number
  innerWidth: number
  innerHeight: number
  scrollWidth: number
  scrollHeight: number
  footerTop: number | null
  small: string[]
  below: string[]
  underFooter: string[]
  cutOff: string[]
  /** When the page scrolls: the innermost boxes reaching below the window. */
  lowest: string[]
  /** The slide's own box: what it holds against what it shows. */
  slideScrollHeight: number
  slideClientHeight: number
  /** The slide's title (its first visible heading) and the largest text on the slide. */
  title: { text: string; px: number }
  largest: { text: string; px: number }
}

/** Every visible text on the page: its size, whether it is below the fold, under the footer, or cut off by its chart. */
function measureProjection(page: Page, minFontPx = MIN_FONT_PX): Promise<Projection> {
  return page.evaluate((minPx) => {
    const skipped = new Set(['script', 'style', 'title', 'desc', 'noscript', 'template'])
    const footer = document.querySelector('footer')
    const footerBox = footer?.getBoundingClientRect() ?? null
    // Visually hidden for screen readers only (Tailwind's sr-only): a clipped 1 px box.
    const isSrOnly = (element: Element) => {
      for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e)
        const box = e.getBoundingClientRect()
        if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true
        if (box.width <= 1 && box.height <= 1 && style.overflow === 'hidden') return true
      }
      return false
    }
    const describe = (element: Element, text: string) => {
      const className = element.getAttribute('class')?.trim().split(/\s+/).slice(0, 2).join('.')
      const where = element.closest('figure')?.querySelector('h3')?.textContent?.trim()
      const snippet = text.length > 50 ? `${text.slice(0, 50)}…` : text
      return `<${element.tagName.toLowerCase()}${className ? `.${className}` : ''}> "${snippet}"${where ? ` (in "${where.slice(0, 40)}")` : ''}`
    }
    const round = (n: number) => Math.round(n * 10) / 10

    const result = {
      texts: 0,
      innerWidth,
      innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      footerTop: footerBox ? round(footerBox.top) : null,
      small: [] as string[],
      below: [] as string[],
      underFooter: [] as string[],
      cutOff: [] as string[],
      lowest: [] as string[],
      slideScrollHeight: 0,
      slideClientHeight: 0,
      title: { text: '', px: 0 },
      largest: { text: '', px: 0 },
    }
    const region = document.querySelector('[role="region"][aria-roledescription]')
    result.slideScrollHeight = region?.scrollHeight ?? 0
    result.slideClientHeight = region?.clientHeight ?? 0
    const heading = [...(region?.querySelectorAll('h2, h3') ?? [])].find(
      (h) => h.checkVisibility({ visibilityProperty: true }) && !isSrOnly(h),
    )
    if (heading) {
      result.title = {
        text: heading.textContent?.trim().slice(0, 60) ?? '',
        px: round(parseFloat(getComputedStyle(heading).fontSize)),
      }
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (skipped.has(element.tagName.toLowerCase())) continue
      const nodes = [...element.childNodes].filter(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      )
      if (nodes.length === 0) continue
      if (!element.checkVisibility({ visibilityProperty: true }) || isSrOnly(element)) continue
      const rects = nodes
        .flatMap((node) => {
          const range = document.createRange()
          range.selectNodeContents(node)
          return [...range.getClientRects()]
        })
        // Off the page entirely (Recharts' text-measuring span at top -20000 px): never on screen.
        .filter((rect) => rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0)
      if (rects.length === 0) continue
      result.texts += 1
      const text = nodes
        .map((n) => n.textContent ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim()

      // SVG text is sized in user units: what the projector shows is that times the drawing's scale.
      const computed = parseFloat(getComputedStyle(element).fontSize)
      const matrix = element instanceof SVGGraphicsElement ? element.getScreenCTM() : null
      const size = matrix ? computed * Math.hypot(matrix.a, matrix.b) : computed
      if (region?.contains(element) && size > result.largest.px) {
        result.largest = { text: describe(element, text), px: round(size) }
      }
      if (size < minPx - 0.05) {
        result.small.push(
          `${describe(element, text)} ${round(size)} px${Math.abs(size - computed) > 0.05 ? ` (font-size ${round(computed)} px, scaled)` : ''}`,
        )
      }

      const bottom = Math.max(...rects.map((r) => r.bottom))
      if (bottom > innerHeight + 1) result.below.push(`${describe(element, text)} bottom at ${Math.round(bottom)} px`)
      if (
        footer &&
        footerBox &&
        !footer.contains(element) &&
        rects.some(
          (r) =>
            r.bottom > footerBox.top + 1 &&
            r.top < footerBox.bottom - 1 &&
            r.right > footerBox.left &&
            r.left < footerBox.right,
        )
      ) {
        result.underFooter.push(
          `${describe(element, text)} at y ${Math.round(Math.min(...rects.map((r) => r.top)))}–${Math.round(bottom)} px`,
        )
      }

      const svg = element instanceof SVGElement ? element.closest('svg') : null
      if (svg && getComputedStyle(svg).overflow !== 'visible') {
        const box = svg.getBoundingClientRect()
        const left = Math.min(...rects.map((r) => r.left))
        const right = Math.max(...rects.map((r) => r.right))
        const top = Math.min(...rects.map((r) => r.top))
        const edges = [
          left < box.left - 1 ? `${Math.round(box.left - left)} px past the left edge` : '',
          right > box.right + 1 ? `${Math.round(right - box.right)} px past the right edge` : '',
          top < box.top - 1 ? `${Math.round(box.top - top)} px past the top` : '',
          bottom > box.bottom + 1 ? `${Math.round(bottom - box.bottom)} px past the bottom` : '',
        ].filter(Boolean)
        if (edges.length > 0) result.cutOff.push(`${describe(element, text)} ${edges.join(', ')}`)
      }
    }
    // What makes the page taller than the window when no text does: the innermost boxes reaching below it.
    if (result.scrollHeight > innerHeight + 1) {
      const low = [...document.body.querySelectorAll('*')].filter(
        (e) =>
          e.checkVisibility({ visibilityProperty: true }) &&
          e.getBoundingClientRect().bottom > innerHeight + 1 &&
          !isSrOnly(e),
      )
      const innermost = low.filter((e) => !low.some((other) => other !== e && e.contains(other)))
      result.lowest = innermost.slice(0, 4).map((e) => {
        const style = getComputedStyle(e)
        const label = e.getAttribute('aria-label') ?? (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
        const className = e.getAttribute('class')?.trim().split(/\s+/).slice(0, 3).join('.')
        return `<${e.tagName.toLowerCase()}${className ? `.${className}` : ''}> "${label}" bottom at ${Math.round(e.getBoundingClientRect().bottom)} px (padding-bottom ${style.paddingBottom})`
      })
    }
    return result
  }, minFontPx)
}

/** What a projector at 1920×1080 needs of one slide: large type, no scrolling, nothing hidden or cut. */
async function expectProjection(page: Page, what: string): Promise<void> {
  await settle(page)
  const p = await measureProjection(page)
  const size = `${p.innerWidth}×${p.innerHeight}`
  expect.soft(p.texts, `${what}: visible text to measure`).toBeGreaterThan(0)
  expect
    .soft(p.small, `${what}: no visible text under ${MIN_FONT_PX} px at ${size} (of ${p.texts} visible texts)`)
    .toEqual([])
  expect
    .soft(
      p.scrollHeight,
      `${what}: no vertical scroll at ${size}; text below the window: ${p.below.join('; ')}; innermost boxes below it: ${p.lowest.join('; ')}`,
    )
    .toBeLessThanOrEqual(p.innerHeight + 1)
  expect.soft(p.scrollWidth, `${what}: no horizontal scroll at ${size}`).toBeLessThanOrEqual(p.innerWidth)
  expect
    .soft(p.underFooter, `${what}: no text under the fixed footer (its top at ${p.footerTop ?? '?'} px)`)
    .toEqual([])
  expect.soft(p.cutOff, `${what}: no chart text cut off at the edge of its chart`).toEqual([])
}

test('every slide of the default deck, stepped through with ArrowRight, reads from the back of the room', async ({
  page,
}, testInfo) => {
  const count = DEFAULT_DECK.length
  await page.goto('?present=1')
  for (const [index, slide] of DEFAULT_DECK.entries()) {
    const n = index + 1
    const what = `slide ${n} (${slide.view})`
    await test.step(what, async () => {
      if (n > 1) await page.keyboard.press('ArrowRight')
      await expectSlide(page, n > 1 ? `ArrowRight to ${what}` : `opening ${what}`, {
        slide: n,
        count,
        title: slide.title,
      })
      await expectProjection(page, what)
      await saveScreenshot(page, testInfo, `present-slide-${n}`)
      if (n === AXE_SLIDE) await expectNoAxeViolations(page, `presenter ${what}`)
    })
  }
})

/** The screens presenters share: laptops first, then projectors, and 1920×1080 zoomed to 200%. */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1536, height: 864 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
] as const
const ZOOMED = { width: 960, height: 540, deviceScaleFactor: 2 } as const

/**
 * What every screen needs of every slide: no scroll in the slide or the page, no text under the
 * footer or cut off by its chart, no text under 2% of the screen's height, and the title the
 * largest text on the slide.
 */
async function expectFit(page: Page, what: string): Promise<void> {
  await settle(page)
  const viewport = page.viewportSize() ?? { width: 0, height: 0 }
  const minPx = viewport.height * 0.02
  const p = await measureProjection(page, minPx)
  const size = `${p.innerWidth}×${p.innerHeight}`
  expect
    .soft(p.slideScrollHeight, `${what} at ${size}: the slide holds no more than it shows (no scroll)`)
    .toBeLessThanOrEqual(p.slideClientHeight)
  expect
    .soft(p.scrollHeight, `${what} at ${size}: no page scroll; innermost boxes below it: ${p.lowest.join('; ')}`)
    .toBeLessThanOrEqual(p.innerHeight)
  expect.soft(p.scrollWidth, `${what} at ${size}: no horizontal scroll`).toBeLessThanOrEqual(p.innerWidth)
  expect.soft(p.underFooter, `${what} at ${size}: no text under the footer`).toEqual([])
  expect.soft(p.below, `${what} at ${size}: no text below the window`).toEqual([])
  expect.soft(p.cutOff, `${what} at ${size}: no chart text cut off`).toEqual([])
  expect.soft(p.small, `${what} at ${size}: no text under ${minPx.toFixed(1)} px (2% of the height)`).toEqual([])
  expect
    .soft(
      p.largest.px,
      `${what} at ${size}: the title "${p.title.text}" (${p.title.px} px) is the largest text; largest: ${p.largest.text}`,
    )
    .toBeLessThanOrEqual(p.title.px + 0.1)
}

/** Steps through the default deck from slide 1 with ArrowRight, checking each slide. */
async function expectDeckFits(page: Page, screen: string): Promise<void> {
  const count = DEFAULT_DECK.length
  for (const [index, slide] of DEFAULT_DECK.entries()) {
    const n = index + 1
    if (n > 1) await page.keyboard.press('ArrowRight')
    await expectSlide(page, `${screen}: slide ${n}`, { slide: n, count, title: slide.title })
    await expectFit(page, `slide ${n} (${slide.title})`)
  }
}

test('every slide of the default deck fits each screen presenters use, the title its largest text', async ({
  page,
  browser,
}) => {
  for (const [index, screen] of SCREENS.entries()) {
    const name = `${screen.width}×${screen.height}`
    await test.step(name, async () => {
      await page.setViewportSize(screen)
      if (index === 0) await page.goto('?present=1')
      else await page.keyboard.press('Home')
      await expectDeckFits(page, name)
    })
  }
  await test.step('1920×1080 zoomed to 200% (960×540 CSS px)', async () => {
    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      viewport: { width: ZOOMED.width, height: ZOOMED.height },
      deviceScaleFactor: ZOOMED.deviceScaleFactor,
    })
    try {
      const zoomed = await context.newPage()
      await zoomed.goto('?present=1')
      await expectDeckFits(zoomed, '960×540 at 200%')
    } finally {
      await context.close()
    }
  })
})

// Fullscreen, watched from inside the page. Playwright's own evaluations count as user activation
// in Chromium, so a call is judged by the trusted input event (a real key or pointer press) before
// it, not by navigator.userActivation. The first time a presenter footer appears in a document,
// the page says so on the console, so a direct load can be waited for without evaluating anything.
const FOOTER_SIGNAL = '[e2e] presenter footer shown'

type FullscreenCall = { sinceGestureMs: number | null; outcome: 'pending' | 'granted' | 'refused'; error: string }

async function installFullscreenMonitor(context: BrowserContext) {
  await context.addInitScript((signal: string) => {
    const calls: { sinceGestureMs: number | null; outcome: string; error: string }[] = []
    Object.defineProperty(window, '__e2eFullscreenCalls', { value: calls })
    let gestureAt: number | null = null
    for (const type of ['keydown', 'pointerdown', 'mousedown', 'touchend']) {
      window.addEventListener(
        type,
        (event) => {
          if (event.isTrusted) gestureAt = performance.now()
        },
        true,
      )
    }
    const request = Element.prototype.requestFullscreen
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      const call = {
        sinceGestureMs: gestureAt === null ? null : performance.now() - gestureAt,
        outcome: 'pending',
        error: '',
      }
      calls.push(call)
      return request.call(this, options).then(
        () => {
          call.outcome = 'granted'
        },
        (error: unknown) => {
          call.outcome = 'refused'
          call.error = String(error)
          throw error
        },
      )
    }
    const observer = new MutationObserver(() => {
      if (document.querySelector('footer [aria-live]')) {
        observer.disconnect()
        console.debug(signal)
      }
    })
    observer.observe(document, { childList: true, subtree: true })
  }, FOOTER_SIGNAL)
}

const fullscreenCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __e2eFullscreenCalls: FullscreenCall[] }).__e2eFullscreenCalls)

/** Opens (or reloads) a slide link without any evaluation in the page until the presenter has drawn. */
async function openWithoutGesture(page: Page, url: string | null) {
  const shown = page.waitForEvent('console', { predicate: (message) => message.text() === FOOTER_SIGNAL })
  shown.catch(() => undefined)
  if (url === null) await page.reload()
  else await page.goto(url)
  await shown
}

test("P presents the view, the clicker keys move one slide, Esc leaves on the slide's view", async ({
  context,
  page,
}, testInfo) => {
  const count = DEFAULT_DECK.length
  const slideAt = (n: number): ExpectedSlide => ({ slide: n, count, title: DEFAULT_DECK[n - 1]?.title ?? '?' })
  await installFullscreenMonitor(context)
  const firstNev = DEFAULT_DECK.findIndex((slide) => slide.view.startsWith('tab=nev&')) + 1

  await test.step('P on ?tab=nev opens the first NEV slide, asking for fullscreen within the key press', async () => {
    await page.goto('?tab=nev')
    await waitForBars(page)
    await page.keyboard.press('p')
    await expectSlide(page, 'P on ?tab=nev (the first NEV slide)', slideAt(firstNev))

    let calls: FullscreenCall[] = []
    await poll(async () => {
      calls = await fullscreenCalls(page)
      return calls.length > 0 && calls.every((call) => call.outcome !== 'pending')
    }, 'a fullscreen request after the P key, granted or refused').toBe(true)
    const ungestured = calls
      .filter((call) => call.sinceGestureMs === null || call.sinceGestureMs > 5000)
      .map((call) =>
        call.sinceGestureMs === null
          ? 'a request with no press before it'
          : `a request ${Math.round(call.sinceGestureMs)} ms after one`,
      )
    expect.soft(ungestured, 'every fullscreen request within 5 s of a real key or pointer press').toEqual([])
    // Headless Chromium may grant or refuse: either is fine, and the run says which.
    const outcome = calls.at(-1)?.outcome ?? 'not requested'
    testInfo.annotations.push({
      type: 'fullscreen',
      description: `requested after P: ${outcome}${calls.at(-1)?.error ? ` (${calls.at(-1)?.error})` : ''}`,
    })
    const shown = await page.evaluate(() => ({
      isFullscreen: document.fullscreenElement !== null,
      footer: document.querySelector('footer')?.textContent ?? '',
    }))
    if (outcome === 'granted')
      expect.soft(shown.isFullscreen, 'the document in fullscreen once the request was granted').toBe(true)
    else
      expect
        .soft(shown.footer, 'the footer offers "Press F for full screen." after a refusal')
        .toContain('Press F for full screen.')

    // The charts were drawn at desk size a moment ago: the slide must be laid out afresh at projector size.
    await expectProjection(page, `slide ${firstNev} entered with P from ?tab=nev`)
    await saveScreenshot(page, testInfo, `present-from-app-slide-${firstNev}`)
  })

  await test.step('every key a clicker sends moves one slide, Home and End jump', async () => {
    let slide = firstNev
    const moves: [key: string, to: (n: number) => number][] = [
      ['ArrowRight', (n) => n + 1],
      ['PageDown', (n) => n + 1],
      ['Space', (n) => n + 1],
      ['ArrowLeft', (n) => n - 1],
      ['PageUp', (n) => n - 1],
      ['Shift+Space', (n) => n - 1],
      ['Home', () => 1],
      ['End', () => count],
    ]
    for (const [key, to] of moves) {
      const target = Math.min(Math.max(to(slide), 1), count)
      await page.keyboard.press(key)
      await expectSlide(page, `${key} from slide ${slide}`, slideAt(target))
      slide = target
    }
  })

  await test.step("Esc leaves on the last slide's view", () => expectEscape(page, count))

  await test.step('a slide link opened and reloaded directly asks for no fullscreen', async () => {
    const direct = slideNumberOf('tab=clusters&chart=matrix')
    for (const how of ['opened', 'reloaded'] as const) {
      await openWithoutGesture(page, how === 'opened' ? `?present=1&slide=${direct}` : null)
      const step = `?present=1&slide=${direct} ${how} directly`
      await expectSlide(page, step, slideAt(direct))
      expect.soft(await fullscreenCalls(page), `${step}: no fullscreen request without a user gesture`).toEqual([])
      await expect
        .soft(page.locator('footer'), `${step}: the footer offers "Press F for full screen."`)
        .toContainText('Press F for full screen.')
    }
  })

  await test.step("Esc leaves on that slide's view", () => expectEscape(page, count))
})

/** Esc leaves presenter mode onto the slide's own view: the app, its tab, its chart= part alone. */
async function expectEscape(page: Page, count: number) {
  const before = await readSlide(page)
  const slide = Number(new URLSearchParams(before.search).get('slide') ?? '1')
  const deckSlide = DEFAULT_DECK[slide - 1]
  expect(before.counter, 'a default-deck slide shown before Esc').toBe(englishCounter(slide, count))
  if (!deckSlide) return
  const tab = new URLSearchParams(deckSlide.view).get('tab')
  const tabLabel = TABS.find((spec) => spec.id === tab)?.title ?? '?'
  await page.keyboard.press('Escape')
  await poll(
    () =>
      page.evaluate(() => ({
        search: location.search,
        // A tab's name: its aria-label (it shows a long and a short label, both hidden from the name).
        selected: [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map(
          (t) => t.getAttribute('aria-label') ?? t.textContent?.trim() ?? '',
        ),
        // Tabs kept in the background stay in the DOM, not displayed: only the shown charts count.
        titles: [...document.querySelectorAll('[role="tabpanel"] figure h3')]
          .filter((h) => h.checkVisibility({ visibilityProperty: true }))
          .map((h) => h.textContent?.trim() ?? ''),
        isPresent:
          document.documentElement.classList.contains('present') ||
          document.querySelector('footer [aria-live]') !== null,
        isFullscreen: document.fullscreenElement !== null,
      })),
    `Esc on slide ${slide}: the app at "?${deckSlide.view}" (no present=, no slide=), tab "${tabLabel}" selected, only "${deckSlide.viewTitle}" shown, fullscreen left`,
  ).toEqual({
    search: `?${deckSlide.view}`,
    selected: [tabLabel],
    titles: [deckSlide.viewTitle],
    isPresent: false,
    isFullscreen: false,
  })
  // The part shown drawn: its bars, if it is a bar chart (a matrix or proposal columns are HTML).
  await waitForEveryChart(page)
}

test('a deck of view links plays; a slide in dark and in Chinese reads as well', async ({ page }, testInfo) => {
  await test.step('a deck of two view links', async () => {
    const views = ['tab=finance&chart=proposals', 'tab=nev&chart=share']
    const [first, second] = views.map((view) => slideOf(view))
    await page.goto(`?present=1${views.map((view) => `&view=${encodeURIComponent(view)}`).join('')}`)
    await expectSlide(page, 'a deck of two view links', { slide: 1, count: 2, title: first?.title ?? '?' })
    await page.keyboard.press('ArrowRight')
    await expectSlide(page, 'ArrowRight to its slide 2', { slide: 2, count: 2, title: second?.title ?? '?' })
    // The heading comes with the slide; the live chart's bars come with its code: wait for both.
    let shown = await readSlide(page)
    await poll(async () => {
      shown = await readSlide(page)
      return { figures: shown.figures, isDrawn: shown.bars > 0 }
    }, 'slide 2: the NEV share chart alone, drawn with bars').toEqual({ figures: 1, isDrawn: true })
    expect
      .soft(new URLSearchParams(shown.search).getAll('view'), 'the deck kept in the URL as view= parameters')
      .toEqual(views)
  })

  const variants = [
    { id: 'dark', query: 'theme=dark', counter: englishCounter, title: DEFAULT_DECK[VARIANT_SLIDE - 1]?.title ?? '?' },
    { id: 'zh', query: 'lang=zh', counter: chineseCounter, title: VARIANT_TITLE_ZH },
  ]
  for (const variant of variants) {
    const what = `slide ${VARIANT_SLIDE} with ?${variant.query}`
    await test.step(what, async () => {
      await page.goto(`?present=1&slide=${VARIANT_SLIDE}&${variant.query}`)
      await expectSlide(page, what, {
        slide: VARIANT_SLIDE,
        count: DEFAULT_DECK.length,
        title: variant.title,
        counter: variant.counter,
      })
      if (variant.id === 'dark') {
        const isDark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
        const lightness = await backgroundLightness(page)
        expect
          .soft(
            isDark && lightness < 0.5,
            `${what}: <html class="dark"> and a dark background (lightness ${lightness.toFixed(2)})`,
          )
          .toBe(true)
        await settle(page)
      } else {
        expect.soft(await page.evaluate(() => document.documentElement.lang), `${what}: <html lang>`).toBe('zh-CN')
        // Chinese labels wrap and measure differently: the same rules hold. Dark changes no size.
        await expectProjection(page, what)
      }
      await saveScreenshot(page, testInfo, `present-${variant.id}-slide-${VARIANT_SLIDE}`)
    })
  }
})

test('a filtered view is presented as filtered: the slide shows the bars the page did', async ({ page }, testInfo) => {
  await page.goto('?tab=nev&kind=reported')
  await waitForBars(page)
  const output = page.getByRole('figure').filter({ has: page.getByRole('heading', { name: en['nev.output.title'] }) })
  const onPage = await shownBars(output).count()
  expect(onPage, 'the NEV output chart filtered to reported figures: fewer bars than unfiltered').toBe(1)
  await page.keyboard.press('p')
  await expect(
    page
      .getByRole('region', { name: /^Slide \d+ of \d+$/ })
      .getByRole('heading', { level: 3 })
      .first(),
  ).toHaveText(en['nev.headlines'])
  await page.keyboard.press('ArrowRight')
  const slide = page.getByRole('region', { name: /^Slide \d+ of \d+$/ }).first()
  await expect(slide.getByRole('heading', { name: en['nev.output.title'] })).toBeVisible()
  await expect(shownBars(slide), 'the slide shows the one reported bar the page showed').toHaveCount(onPage)
  expect(new URL(page.url()).searchParams.getAll('view'), 'the deck carries the filter').toContain(
    'tab=nev&kind=reported&chart=output',
  )
  await saveScreenshot(page, testInfo, 'present-filtered-output')
})

test('Build a deck: parts picked from a list, reordered, another site refused; the handout prints one page per slide', async ({
  page,
}, testInfo) => {
  await page.goto('?tab=nev')
  await waitForBars(page)
  await page.getByRole('button', { name: en['share.deck'] }).click()
  const dialog = page.getByRole('dialog', { name: en['deck.title'] })
  const slides = dialog.getByRole('list').first()
  await test.step('pasting a link to another site is refused with a message', async () => {
    await dialog.getByLabel(en['deck.links']).fill('http://example.com/bad\n?tab=finance&chart=proposals')
    await dialog.getByRole('button', { name: en['deck.addLinks'] }).click()
    await expect(dialog.getByText(en['deck.otherSite'].replace('{line}', 'http://example.com/bad'))).toBeVisible()
    await expect(slides.getByRole('listitem')).toHaveCount(defaultDeck.length + 1)
  })
  const proposals = en['deck.slideLabel'].replace('{tab}', en['tab.finance']).replace('{part}', en['finance.proposals'])
  const output = en['deck.slideLabel'].replace('{tab}', en['tab.nev']).replace('{part}', en['nev.output.title'])
  await test.step('slides removed, one picked from the list, and moved up', async () => {
    // Keep the title slide and the pasted proposals: remove the rest.
    for (const link of defaultDeck.slice(1)) {
      const name = slideOf(link).viewTitle
      await dialog
        .getByRole('button', { name: new RegExp(`^Remove: .*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
        .first()
        .click()
    }
    await dialog.getByLabel(en['deck.part']).selectOption({ label: output })
    await dialog.getByRole('button', { name: en['deck.add'], exact: true }).click()
    await dialog.getByRole('button', { name: `Move up: ${output}` }).click()
    await expect(slides.getByRole('listitem')).toHaveText([
      new RegExp(en['deck.titleSlide']),
      new RegExp(output),
      new RegExp(proposals),
    ])
  })
  await dialog.getByRole('button', { name: en['deck.start'] }).click()
  await expectSlide(page, 'the built deck', { slide: 1, count: 3, title: DATASET.meta.event.name.en })
  await page.keyboard.press('ArrowRight')
  await expectSlide(page, 'its second slide', { slide: 2, count: 3, title: en['nev.output.title'] })

  await test.step('printed, the handout has one landscape page per slide', async () => {
    await page.emulateMedia({ media: 'print' })
    // The handout is for paper: hidden from assistive technology, so found by its pages' class.
    const pages = page.locator('.handout-page')
    await expect(pages).toHaveCount(3)
    await expect(shownBars(pages.nth(1)).first(), 'the chart drawn on its page').toBeVisible()
    await expect(pages.nth(1)).toContainText('Data as of 13 January 2023')
    await expect(pages.nth(1)).toContainText(/View: http:\/\/\S+\?tab=nev&chart=output/)
    await saveScreenshot(page, testInfo, 'present-handout-print')
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, 'PDF pages').toBe(3)
  })
})
