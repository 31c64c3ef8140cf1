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
