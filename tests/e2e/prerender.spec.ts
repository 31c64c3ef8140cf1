import type { Page } from '@playwright/test'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { en } from '../../src/i18n/en.ts'
import { STATIC_BAR_SELECTOR, tabPanel, waitForBars, waitForEveryChart } from './support/charts.ts'
import { openFilter } from './support/filters.ts'
import { choiceName } from './support/i18n.ts'
import { paramOf } from './support/page-reads.ts'
import { settle } from './support/settle.ts'
import { poll } from './support/poll.ts'

/**
 * The default view is prerendered into index.html (README, "Performance"): before any module runs,
 * the page shows the Overview's real figures; a link to another view keeps them out of sight; the
 * app takes over in place, without moving anything on the screen; and the first clicks on the page
 * it took over are answered.
 */

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
/**
 * Text the prerendered Overview must show: the title, its headline figures (as worded, qualifier
 * included) and the title of its first chart.
 */
const PRERENDERED_TEXT = [
  en['app.title'],
  en['overview.headlines'],
  'about 28%',
  'reach 1.1 trillion yuan',
  '45 enterprises',
  'more than 1,600 enterprises',
  'nearly 2.7 million vehicles',
  en['overview.trade.title'],
]

const readPage = (page: Page) =>
  page.evaluate(
    (staticBar) => ({
      rootVisibility: getComputedStyle(document.getElementById('root') ?? document.body).visibility,
      mark: document.documentElement.getAttribute('data-prerender'),
      htmlClass: document.documentElement.className,
      // A headline's qualifier ("more than") sits on its own line above the value: read as one phrase.
      text: document.body.innerText.replace(/\s+/g, ' '),
      staticBars: [...document.querySelectorAll(staticBar)].filter((bar) =>
        bar.checkVisibility({ visibilityProperty: true }),
      ).length,
    }),
    STATIC_BAR_SELECTOR,
  )

test('before any module runs, the page shows the prerendered Overview, hides it for another view, and applies ?theme=dark', async ({
  page,
}, testInfo) => {
  // The app's modules answer with nothing, so the page is what index.html and its guard alone show.
  await page.route('**/assets/*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  )

  await test.step('the default view', async () => {
    await page.goto('./')
    const shown = await readPage(page)
    for (const text of PRERENDERED_TEXT)
      expect.soft(shown.text, `the default view shows “${text}” before any module runs`).toContain(text)
    expect.soft(shown.rootVisibility, 'the prerendered view visible').toBe('visible')
    expect.soft(shown.staticBars, 'the first chart drawn as static SVG bars').toBeGreaterThan(0)
    await saveScreenshot(page, testInfo, 'prerender-before-scripts-1280x800')
  })
  await test.step('a link to the NEV tab', async () => {
    await page.goto('?tab=nev')
    const shown = await readPage(page)
    expect
      .soft(
        { mark: shown.mark, visibility: shown.rootVisibility },
        'the prerendered Overview hidden until the app draws the NEV tab',
      )
      .toEqual({ mark: 'hidden', visibility: 'hidden' })
  })
  await test.step('?theme=dark', async () => {
    await page.goto('?theme=dark')
    expect
      .soft((await readPage(page)).htmlClass, '?theme=dark darkens the page before any module runs')
      .toMatch(/\bdark\b/)
  })
})

type Shift = { value: number; at: number; nodes: string[] }

for (const viewport of [DESKTOP, PHONE]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport })

    test('the app takes over the prerendered page without moving it', async ({ page }) => {
      // Every layout shift from navigation on, as Chromium reports it (the CLS metric's input).
      await page.addInitScript(() => {
        const shifts: { value: number; at: number; nodes: string[] }[] = []
        Object.assign(window, { __layoutShifts: shifts })
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number
            sources: { node: Node | null }[]
          })[]) {
            const nodes = entry.sources.map(({ node }) =>
              node instanceof Element
                ? `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">`
                : String(node?.nodeName),
            )
            shifts.push({ value: entry.value, at: Math.round(entry.startTime), nodes })
          }
        }).observe({ type: 'layout-shift', buffered: true })
      })
      await page.goto('./')
      // The settled page: every chart drawn, every chunk in (nothing on the network for half a
      // second), the prerender mark gone, and the layout the same two frames running.
      await waitForEveryChart(page)
      await page.waitForLoadState('networkidle')
      await poll(async () => (await readPage(page)).mark, 'no prerender mark left once the app runs').toBeNull()
      await settle(page)

      const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: Shift[] }).__layoutShifts)
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0)
      // Normally 0. Once, with the machine loaded, a shift of 0.035 of unknown origin was seen: the
      // limit is half the "good" CLS (0.1), and any shift is described, to find it next time.
      const described = shifts.map((shift) => `${shift.value.toFixed(4)} at ${shift.at} ms (${shift.nodes.join(', ')})`)
      expect
        .soft(
          total,
          `the app takes over without moving the page (layout shift < 0.05); shifts: ${described.join('; ') || 'none'}`,
        )
        .toBeLessThan(0.05)
    })

    test('a filter ticked as soon as the chart shows, on a CPU slowed 4×, is applied', async ({ page }) => {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      try {
        await page.goto('./')
        // The live chart in place of the static one: the app has taken the page over, and its
        // filters (a dropdown on a desk, the "Filters (n)" sheet on a phone) answer. A box ticked
        // in the HTML before that is not replayed, by design.
        await waitForBars(page)
        const { group, close } = await openFilter(page, en, en['filter.kind'])
        const target = group.getByRole('checkbox', { name: choiceName(en['kind.target']) })
        await target.click()
        await poll(() => paramOf(page, 'kind'), 'the filter applied (?kind=target)').toBe('target')
        await expect.soft(target, 'the box ticked').toBeChecked()
        await close()
        await expect
          .soft(
            tabPanel(page).getByRole('button', {
              name: en['filter.remove'].replace('{filter}', en['filter.kind']).replace('{value}', en['kind.target']),
            }),
            'a chip "Target ×" for the filter applied',
          )
          .toBeVisible()
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
        await cdp.detach()
      }
    })

    test('a tab clicked as soon as the chart shows opens', async ({ page }) => {
      await page.goto('./')
      await waitForBars(page)
      await page.getByRole('tab', { name: 'NEV ecosystem' }).click()
      await poll(() => paramOf(page, 'tab'), 'a click on a tab opens it').toBe('nev')
      await waitForBars(page)
      await expect
        .soft(tabPanel(page).getByRole('heading', { level: 2 }).first(), 'the NEV tab’s heading')
        .toContainText('NEV')
    })

    test('a link to another tab shows that tab once it is drawn', async ({ page }) => {
      await page.goto('?tab=nev')
      await waitForBars(page)
      const shown = await readPage(page)
      expect
        .soft({ mark: shown.mark, visibility: shown.rootVisibility }, 'the NEV tab, once drawn, visible')
        .toEqual({ mark: null, visibility: 'visible' })
    })
  })
}
