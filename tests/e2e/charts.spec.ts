import type { Page } from '@playwright/test'
import { en } from '../../src/i18n/en.ts'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { BAR_SELECTOR, shownBars, tabPanel, waitForBars } from './support/charts.ts'
import { afterIdleFrames, holdRoute } from './support/hold-route.ts'
import { paramOf } from './support/page-reads.ts'
import { poll } from './support/poll.ts'

/**
 * What a reader does with a chart once it is drawn, and what the page leaves unrendered until it is
 * needed. The tooltips are a chunk that joins each chart after it is drawn; held on its way here,
 * so that it joins at a known moment: a bar pressed as the tooltips arrive, and released after,
 * still opens its source; arrow keys then Enter open a bar's source with or without a tooltip; a
 * tooltip shows on pointing at a bar and on choosing one by keyboard. A count chart's legend is
 * written by the page. Cards and lists below the first screen are skipped by rendering until
 * scrolled to, in the full page only.
 */

const TOOLTIP = '.recharts-tooltip-wrapper'
const TOOLTIP_CHUNK = '**/assets/chart-tooltips-*.js'
const AREAS = ['Chongqing', 'Liangjiang New Area', 'Western (Chongqing) Science City']
const TIERS = Object.entries(en).flatMap(([key, text]) => (key.startsWith('tier.') ? [text] : []))

const shownTooltipText = (page: Page) =>
  page
    .locator(TOOLTIP)
    .filter({ visible: true })
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => null)

/** The drawing's own stop in the focus order (Recharts' keyboard layer), reached as by Tab. */
const chartSurface = (page: Page) =>
  page
    .locator('figure [tabindex="0"]')
    .filter({ has: page.locator(BAR_SELECTOR) })
    .first()

test('a count chart names its areas in a legend, and pointing at a bar shows its tier and area', async ({
  page,
}, testInfo) => {
  await page.goto('?tab=clusters')
  await waitForBars(page)
  const figure = page
    .locator('figure')
    .filter({ has: page.locator(BAR_SELECTOR) })
    .first()
  const legend = figure.getByRole('list', { name: en['filter.region'] }).getByRole('listitem')
  await expect
    .soft(legend, `the count chart's legend, named "${en['filter.region']}", names the areas in order`)
    .toHaveText(AREAS)

  await shownBars(figure).first().hover()
  await poll(async () => {
    const text = await shownTooltipText(page)
    return text !== null && text.includes(AREAS[0] ?? '') && TIERS.some((tier) => text.startsWith(tier))
  }, 'a tooltip naming the tier and the area on pointing at a count bar').toBe(true)
  await saveScreenshot(page, testInfo, 'charts-count-tooltip')
})

test('a bar pressed as the tooltips arrive, and released after, opens its source', async ({ page }) => {
  const tooltips = await holdRoute(page, TOOLTIP_CHUNK)
  await page.goto('?tab=nev')
  await waitForBars(page)
  const box = await shownBars(tabPanel(page)).first().boundingBox()
  if (!box) throw new Error('the first bar has no box')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  const arrived = page.waitForEvent('requestfinished', (request) => /\/chart-tooltips-[^/]*\.js$/.test(request.url()))
  tooltips.release()
  // The chunk is in; the page has had idle moments and frames in which a tooltip could have joined.
  await arrived
  await afterIdleFrames(page)
  await expect.soft(page.locator(TOOLTIP), 'no tooltip joins a chart while a bar is pressed').toHaveCount(0)
  await page.mouse.up()
  await poll(
    () => paramOf(page, 'source'),
    'the bar, released after the tooltips arrived, opens its source',
  ).not.toBeNull()
  await expect.soft(page.locator(TOOLTIP), 'the tooltips join once the press is over').not.toHaveCount(0)
})

test('arrow keys then Enter open a bar’s source before any tooltip has arrived', async ({ page }) => {
  const tooltips = await holdRoute(page, TOOLTIP_CHUNK)
  await page.goto('?tab=nev')
  await waitForBars(page)
  await chartSurface(page).focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Enter')
  await poll(
    () => paramOf(page, 'source'),
    'arrow keys then Enter open a bar’s source before any tooltip',
  ).not.toBeNull()
  tooltips.release()
})

test('a bar chosen with the arrow keys shows its tooltip, and Enter opens its source', async ({ page }) => {
  await page.goto('?tab=nev')
  await waitForBars(page)
  await expect(page.locator(TOOLTIP).first(), 'the tooltips joined').toBeAttached()
  await chartSurface(page).focus()
  await page.keyboard.press('ArrowRight')
  await poll(
    async () => ((await shownTooltipText(page)) ?? '').length,
    'a tooltip on a bar chosen with the arrow keys',
  ).toBeGreaterThan(0)
  await page.keyboard.press('Enter')
  await expect.soft(page.getByRole('dialog'), 'Enter on the chosen bar opens its source').toBeVisible()
  expect.soft(paramOf(page, 'source'), 'the source named in the URL (source=)').not.toBeNull()
})

/** The first of the "lists as named": its content-visibility, and whether its contents are skipped. */
function readFirstList(page: Page) {
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

test('lists below the first screen are rendered once scrolled to, and at once in an embed', async ({
  page,
}, testInfo) => {
  await page.goto('?tab=clusters')
  await waitForBars(page)
  const atTop = await readFirstList(page)
  expect.soft(atTop.found, 'the clusters tab has its lists').toBe(true)
  expect
    .soft(
      { contentVisibility: atTop.contentVisibility, isRendered: atTop.isRendered },
      'the lists, three screens down, left unrendered while the reader is at the top',
    )
    .toEqual({ contentVisibility: 'auto', isRendered: false })
  await page.getByRole('heading', { name: en['clusters.lists'] }).scrollIntoViewIfNeeded()
  await poll(async () => (await readFirstList(page)).isRendered, 'the lists rendered once scrolled to').toBe(true)
  await saveScreenshot(page, testInfo, 'charts-lists-scrolled-to')

  // An embed sizes itself to all of its content, so there nothing is skipped. It has no tabs, so no tab panel to wait in.
  await page.goto('?tab=clusters&embed=1')
  await expect(shownBars(page).first()).toBeVisible()
  expect
    .soft(await readFirstList(page), 'an embed renders its lists wherever they are')
    .toEqual({ found: true, contentVisibility: 'visible', isRendered: true })
})
