import type { Page } from '@playwright/test'
import { poll } from './poll.ts'

/** The page's size, its text's length and its charts' sizes, after the next two frames. */
function layoutSignature(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((done) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const root = document.documentElement
            const charts = [...document.querySelectorAll('svg.recharts-surface')].map((svg) => {
              const box = svg.getBoundingClientRect()
              return `${box.width}x${box.height}`
            })
            done(`${root.scrollWidth}x${root.scrollHeight}|${document.body.innerText.length}|${charts.join()}`)
          }),
        )
      }),
  )
}

/**
 * Waits until fonts are in and the layout stops moving (charts measure themselves after the first
 * frame): the same layout two readings running.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  let last = ''
  await poll(async () => {
    const signature = await layoutSignature(page)
    const isStill = signature === last
    last = signature
    return isStill
  }, 'the layout settled').toBe(true)
}
