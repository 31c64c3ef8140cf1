import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { openInstrumentedPage, type InstrumentedPage } from '../browser.ts'
import { APP_PATH, type Viewport } from '../config.ts'
import type { Report, Scope } from '../report.ts'
import type { StaticServer } from '../static-server.ts'
import { checkHealth } from './health.ts'
import { BAR_SELECTOR } from './render.ts'

/**
 * What the job modules that drive the app itself (view-url.ts, present.ts) share: a page state on
 * the app's sub-path whose health (console, page errors, CSP, requests) is checked when it closes,
 * and screenshots in the suite's folder.
 */

export type Suite = { browser: Browser; server: StaticServer; report: Report }
export type Job = { name: string; run: (suite: Suite) => Promise<void> }

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots')

/** The app's address with a query string as written ("tab=nev&lang=zh", or "" for the default view). */
export const appUrl = (server: StaticServer, query = '') => `${server.urlOf(APP_PATH)}${query ? `?${query}` : ''}`

/** The page's query string, "" for the default view. */
export const searchOf = (page: Page) => new URL(page.url()).search

/** Opens an instrumented page, runs the body, then checks what the page did in all that time and closes it. */
export async function withAppPage(
  suite: Suite,
  scope: Scope,
  options: { viewport: Viewport; colorScheme: 'light' | 'dark' },
  body: (opened: InstrumentedPage) => Promise<void>,
): Promise<void> {
  await scope.timed(async () => {
    const opened = await openInstrumentedPage(suite.browser, { ...options, stateName: scope.name })
    try {
      await body(opened)
    } finally {
      checkHealth(scope, opened.record, {
        allowedPrefix: suite.server.urlOf(APP_PATH),
        strayRequests: suite.server.strayRequests.filter((request) => request.state === scope.name),
      })
      await opened.context.close()
    }
  })
}

/** A screenshot of what the window shows (not the whole page): a projector shows no more. */
export async function screenshot(scope: Scope, page: Page, name: string, fullPage = false): Promise<void> {
  await scope.run('screenshot', async () => {
    const capture = () => page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage })
    await (fullPage ? withAllRendered(page, capture) : capture())
  })
}

/**
 * Runs `capture` with the cards and lists that the page skips while off screen rendered (a
 * full-page screenshot does not scroll, so it would show their places empty), then lets the page
 * skip them again.
 */
export async function withAllRendered<T>(page: Page, capture: () => Promise<T>): Promise<T> {
  const setAll = (value: string) =>
    page.evaluate((visibility) => {
      for (const element of document.querySelectorAll<HTMLElement>('.skip-offscreen'))
        element.style.contentVisibility = visibility
    }, value)
  await setAll('visible')
  try {
    return await capture()
  } finally {
    await setAll('')
  }
}

/** The page background's relative lightness, 0–1 (as checks/render.ts measures it). */
export function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d')
    if (!context) return Number.NaN
    context.fillStyle = getComputedStyle(document.documentElement).backgroundColor
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  })
}

/**
 * Holds the responses for `pattern` on their way until released; notes how many bars were drawn
 * when the first was asked for.
 */
export async function holdRoute(page: Page, pattern: string | RegExp) {
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let barsWhenAsked: number | null = null
  await page.route(pattern, async (route) => {
    barsWhenAsked ??= await page.locator(BAR_SELECTOR).count()
    await released
    await route.continue().catch(() => {}) // the page may have moved on meanwhile
  })
  return { release, barsWhenAsked: () => barsWhenAsked }
}
