import type { Page } from '@playwright/test'
import { BAR_SELECTOR } from './charts.ts'

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

/**
 * Resolves once the page has painted and then been idle `rounds` times over: whatever the page had
 * queued for the next frame or an idle moment when this was called has run by then. Each round asks
 * for a frame first: headless Chromium may otherwise give a page that draws nothing no idle moment.
 */
export function afterIdleFrames(page: Page, rounds = 3): Promise<void> {
  return page.evaluate(async (count) => {
    for (let round = 0; round < count; round += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve))
      await new Promise((resolve) => requestIdleCallback(resolve))
    }
  }, rounds)
}
