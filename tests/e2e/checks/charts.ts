import type { Page } from 'playwright-core'
import { appUrl, screenshot, withAppPage, type Job, type Suite } from './app-page.ts'
import { BAR_SELECTOR, waitForBars } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * What a reader does with a chart once it is drawn, and what the page leaves undrawn until it is
 * needed: a bar clicked the moment it appears opens its source (the tooltip, which joins the chart
 * just after it is drawn, must not take that click away); a tooltip on pointing at a bar, and
 * through the keyboard (arrow keys, then Enter opens the bar's source); a count chart's legend
 * written by the page; and the card grids and lists below the first screen skipped by rendering
 * until scrolled to, in the full page only.
 */

const DESKTOP = { width: 1280, height: 800 }
const TOOLTIP = '.recharts-tooltip-wrapper'
const AREAS = ['Chongqing', 'Liangjiang New Area', 'Western (Chongqing) Science City']

export function chartJobs(): Job[] {
  return [
    { name: 'charts: tooltips and the count legend', run: checkTooltipsAndLegend },
    { name: 'charts: keyboard to a bar and its source', run: checkKeyboardToSource },
    { name: 'charts: sections below the first screen', run: checkBelowTheFold },
  ]
}

const shownTooltipText = (page: Page) =>
  page
    .locator(TOOLTIP)
    .filter({ visible: true })
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => null)

async function checkTooltipsAndLegend(suite: Suite) {
  const scope = suite.report.scope('charts: tooltips and the count legend')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('tooltip', async () => {
      await page.goto(appUrl(suite.server, 'tab=clusters'))
      await waitForBars(page)
      const figure = page
        .locator('figure')
        .filter({ has: page.locator(BAR_SELECTOR) })
        .first()
      const legend = await figure.locator('ul').first().locator('li').allTextContents()
      scope.expect(
        'tooltip',
        AREAS.every((area, index) => legend[index]?.trim() === area),
        `the count chart's legend to name the areas in order (${AREAS.join(', ')})`,
        legend.join(', ') || 'no legend',
      )

      await figure.locator(BAR_SELECTOR).filter({ visible: true }).first().hover()
      const isShown = await waitUntil(async () => ((await shownTooltipText(page)) ?? '').includes('Chongqing'))
      scope.expect(
        'tooltip',
        isShown,
        'a tooltip naming the area on pointing at a count bar',
        (await shownTooltipText(page)) ?? 'none',
      )
      await screenshot(scope, page, 'charts-count-tooltip')
    })
  })
}

async function checkKeyboardToSource(suite: Suite) {
  const scope = suite.report.scope('charts: keyboard to a bar and its source')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('tooltip', async () => {
      // The tooltip joins the chart once the browser is idle after drawing it, at the latest a
      // second later: a bar pressed as it appears and released after that must still take the click.
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      // Its box, asked again if the bar is drawn anew (the tooltip joining) as it is asked.
      const bar = page.locator(`[role="tabpanel"] ${BAR_SELECTOR}`).filter({ visible: true }).first()
      const box = (await bar.boundingBox()) ?? (await bar.boundingBox())
      if (!box) throw new Error('the first bar has no box')
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      await page.waitForTimeout(1500)
      await page.mouse.up()
      const isOpened = await waitUntil(async () => new URL(page.url()).searchParams.has('source'), 2000)
      scope.expect(
        'tooltip',
        isOpened,
        'a bar pressed as soon as it is drawn, and released 1.5 s later, to open its source',
        page.url(),
      )
    })
    await scope.run('tooltip', async () => {
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      // The drawing's own stop in the focus order (Recharts' keyboard layer), reached as by Tab.
      const surface = page
        .locator('figure [tabindex="0"]')
        .filter({ has: page.locator(BAR_SELECTOR) })
        .first()
      await surface.focus()
      await page.keyboard.press('ArrowRight')
      const isShown = await waitUntil(async () => ((await shownTooltipText(page)) ?? '').length > 0)
      const text = (await shownTooltipText(page)) ?? ''
      scope.expect('tooltip', isShown, 'a tooltip on a bar chosen with the arrow keys', text || 'none')

      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog')
      const isOpen = await waitUntil(() => dialog.isVisible())
      scope.expect('tooltip', isOpen, 'Enter on the chosen bar to open its source', 'no dialog')
      const source = new URL(page.url()).searchParams.get('source')
      scope.expect('tooltip', source !== null, 'the source to be named in the URL (source=)', page.url())
    })
  })
}

/** content-visibility as the page computes it for the first of the "lists as named", and whether its contents are skipped. */
function readListsSection(page: Page) {
  return page.evaluate(() => {
    const item = document.querySelector('[aria-labelledby="clusters-lists"] li')
    const heading = item?.querySelector('h3')
    return {
      found: heading != null,
      contentVisibility: item ? getComputedStyle(item).contentVisibility : '',
      // Skipped content is still there (findable, in the accessibility tree), but not rendered.
      isRendered: heading ? heading.checkVisibility({ contentVisibilityAuto: true }) : false,
    }
  })
}

async function checkBelowTheFold(suite: Suite) {
  const scope = suite.report.scope('charts: sections below the first screen')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('offscreen', async () => {
      await page.goto(appUrl(suite.server, 'tab=clusters'))
      await waitForBars(page)
      const atTop = await readListsSection(page)
      scope.expect('offscreen', atTop.found, 'the clusters tab to have its lists section', 'none')
      scope.expect(
        'offscreen',
        atTop.contentVisibility === 'auto' && !atTop.isRendered,
        'the lists, three screens down, left unrendered while the reader is at the top',
        `content-visibility ${atTop.contentVisibility}, ${atTop.isRendered ? 'rendered' : 'skipped'}`,
      )
      await page.getByRole('heading', { name: 'The lists as named' }).scrollIntoViewIfNeeded()
      const isRendered = await waitUntil(async () => (await readListsSection(page)).isRendered)
      scope.expect('offscreen', isRendered, 'the lists rendered once scrolled to', 'still skipped')
      await screenshot(scope, page, 'charts-lists-scrolled-to')

      // An embed sizes itself to all of its content, so there nothing is skipped.
      await page.goto(appUrl(suite.server, 'tab=clusters&embed=1'))
      // An embed has no tabs, so no tab panel to wait in.
      await page.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor()
      const embedded = await readListsSection(page)
      scope.expect(
        'offscreen',
        embedded.found && embedded.contentVisibility === 'visible' && embedded.isRendered,
        'an embed to render its lists wherever they are',
        `content-visibility ${embedded.contentVisibility}, ${embedded.isRendered ? 'rendered' : 'skipped'}`,
      )
    })
  })
}
