import type { Page, Request } from '@playwright/test'
import { en } from '../../src/i18n/en.ts'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { BAR_SELECTOR, shownBars, STATIC_BAR_SELECTOR, tabPanel, waitForBars, waitForTab } from './support/charts.ts'
import { holdRoute } from './support/hold-route.ts'
import { paramOf } from './support/page-reads.ts'
import { poll } from './support/poll.ts'

/**
 * What a reader does with a chart once it is drawn, and what the page leaves unrendered until it is
 * needed. A bar chart is plain SVG until Recharts' chunk (with the tooltips and the keyboard layer)
 * is in; held on its way here, so that it arrives at a known moment: a bar of the plain drawing
 * clicked opens its source; arrow keys then Enter open a bar's source; a tooltip shows on choosing a bar by keyboard. The industry matrix heads its lists by
 * area, and each dot by its list and industry. Cards and lists below the first screen are skipped
 * by rendering until scrolled to, in the full page only.
 */

const TOOLTIP = '.recharts-tooltip-wrapper'
const LIVE_CHART_CHUNK = '**/assets/live-bar-chart-*.js'
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

/**
 * The matrix as a screen reader walks it: the areas heading groups of columns, each list's column
 * header (its name, then "n named"), and each dot with the headers of its row and column.
 */
function readMatrix(table: HTMLElement) {
  const [areaRow, listRow] = [...table.querySelectorAll('thead tr')]
  let column = 0
  const areaOfColumn: string[] = []
  const areas: string[] = []
  for (const cell of areaRow?.children ?? []) {
    const span = (cell as HTMLTableCellElement).colSpan
    const text = cell.textContent?.trim() ?? ''
    if (cell.localName === 'th') areas.push(text)
    for (let i = 0; i < span; i += 1) areaOfColumn[column + i] = cell.localName === 'th' ? text : ''
    column += span
  }
  const headers = [...(listRow?.children ?? [])]
  const lists = headers.map((cell) => ({
    name: cell.querySelector('span')?.textContent?.trim() ?? cell.textContent?.trim() ?? '',
    named: Number(/\d+/.exec(cell.querySelector('span:last-child')?.textContent ?? '')?.[0] ?? Number.NaN),
  }))
  const rows = [...table.querySelectorAll('tbody tr')].map((row) => {
    const cells = [...row.children]
    return {
      industry: cells[0]?.textContent?.trim() ?? '',
      dots: cells.flatMap((cell, index) =>
        cell.localName === 'td' && cell.querySelector('[aria-hidden="true"]')
          ? [{ text: cell.textContent?.trim() ?? '', list: lists[index]?.name ?? '', area: areaOfColumn[index] ?? '' }]
          : [],
      ),
      count: Number(cells.at(-1)?.textContent?.trim()),
    }
  })
  return { areas, lists: lists.slice(1, -1), rows }
}

/** The "lists as named": each list's name, and its kind, tier, area and speaker as the card states them. */
const namedListCards = (page: Page) =>
  page.locator('[aria-labelledby="clusters-lists"] > ul > li').evaluateAll((cards) =>
    cards.map((card) => ({
      name: card.querySelector('h3')?.textContent?.trim() ?? '',
      meta: card.querySelector('h3 + p')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })),
  )

test('the industry matrix heads its lists by area, and each dot by its list and industry, whose tier and area the lists state', async ({
  page,
}, testInfo) => {
  await page.goto('?tab=clusters')
  const matrix = tabPanel(page).getByRole('table', { name: en['clusters.matrix.title'], exact: true })
  await expect(matrix, 'the industry matrix shown as a table on a desk').toBeVisible()
  const read = await matrix.evaluate(readMatrix)
  expect.soft(read.areas, 'the areas head the groups of list columns, in order').toEqual(AREAS)

  const dots = read.rows.flatMap((row) => row.dots.map((dot) => ({ ...dot, industry: row.industry })))
  expect.soft(dots.length, 'dots in the matrix').toBeGreaterThan(0)
  expect
    .soft(
      dots.filter((dot) => !dot.industry || !dot.list || !dot.area || dot.text !== en['clusters.matrix.isNamed']),
      `every dot says "${en['clusters.matrix.isNamed']}", under an industry, a list and an area`,
    )
    .toEqual([])
  expect
    .soft(
      read.rows.filter((row) => row.count !== row.dots.length).map((row) => row.industry),
      'each industry’s count of lists as many as its dots',
    )
    .toEqual([])
  expect
    .soft(
      read.lists
        .filter((list) => list.named !== dots.filter((dot) => dot.list === list.name).length)
        .map((list) => list.name),
      'each list’s column as many dots as it names industries',
    )
    .toEqual([])

  // A list's tier and area, as the lists below the matrix state them for the list of a dot.
  const cards = await namedListCards(page)
  const areaOfList = new Map(dots.map((dot) => [dot.list, dot.area]))
  const unstated = [...areaOfList].flatMap(([list, area]) => {
    const meta = cards.find((card) => card.name === list)?.meta ?? ''
    return TIERS.some((tier) => meta.includes(tier)) && meta.includes(`· ${area}`) ? [] : [`${list}: "${meta}"`]
  })
  expect.soft(unstated, 'the list of every dot stated below with its tier and the area it is under').toEqual([])
  await matrix.scrollIntoViewIfNeeded()
  await saveScreenshot(page, testInfo, 'charts-industry-matrix')
})

test('a bar clicked before the live chart arrives opens its source, and the live chart then joins', async ({
  page,
}) => {
  const liveChart = await holdRoute(page, LIVE_CHART_CHUNK)
  const isLiveChunk = (request: Request) => /\/live-bar-chart-[^/]*\.js$/.test(request.url())
  // Asked for once a chart knows its width: from then on the plain drawing stands in for the live one.
  const asked = page.waitForRequest(isLiveChunk)
  await page.goto('?tab=nev')
  await asked
  const staticBar = tabPanel(page).locator(STATIC_BAR_SELECTOR).filter({ visible: true }).first()
  await expect(staticBar, 'the chart drawn as plain SVG, the live chart held').toBeVisible()
  await staticBar.click()
  await poll(() => paramOf(page, 'source'), 'the plain bar clicked opens its source').not.toBeNull()
  await expect.soft(page.getByRole('dialog'), 'the source panel opens').toBeVisible()
  await expect.soft(page.locator(TOOLTIP), 'no live chart yet').toHaveCount(0)
  liveChart.release()
  await expect(shownBars(tabPanel(page)).first(), 'the live chart joins once its code is in').toBeAttached()
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

test('a bar’s tooltip holds still for the pointer to reach its Copy, which copies that bar’s figure', async ({
  context,
  page,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('?tab=nev')
  await waitForBars(page)
  const bar = shownBars(tabPanel(page)).first()
  await bar.hover()
  const tooltip = page.locator(TOOLTIP).filter({ visible: true }).first()
  await expect(tooltip, 'a tooltip on the hovered bar').toBeVisible()
  const label = (await tooltip.locator('p').first().textContent()) ?? ''
  const copy = tooltip.getByRole('button', { name: `Copy ${label} with its source`, exact: true })
  const [barBox, copyBox] = [await bar.boundingBox(), await copy.boundingBox()]
  if (!barBox || !copyBox) throw new Error('the bar or its Copy has no box')
  // Along the bar's row, then onto the button, in small steps as a hand moves.
  const x = copyBox.x + copyBox.width / 2
  await page.mouse.move(x, barBox.y + barBox.height / 2, { steps: 15 })
  await page.mouse.move(x, copyBox.y + copyBox.height / 2, { steps: 15 })
  await expect(tooltip.locator('p').first(), 'the same bar’s tooltip').toHaveText(label)
  await copy.click()
  await poll(() => page.evaluate(() => navigator.clipboard.readText()), 'the bar’s sentence copied').toMatch(
    new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+: http://.+\\?tab=nev&source=[a-z0-9-]+$`),
  )
  expect(paramOf(page, 'source'), 'no source panel opened').toBeNull()
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
  await waitForTab(page)
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
  await expect(page.getByRole('table', { name: en['clusters.matrix.title'], exact: true })).toBeVisible()
  expect
    .soft(await readFirstList(page), 'an embed renders its lists wherever they are')
    .toEqual({ found: true, contentVisibility: 'visible', isRendered: true })
})
