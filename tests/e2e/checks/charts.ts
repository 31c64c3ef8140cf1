import type { Page } from 'playwright-core'
import { enAll as en } from '../../../src/i18n/en-on-demand.ts'
import { appUrl, holdRoute, screenshot, withAppPage, type Job, type Suite } from './app-page.ts'
import { BAR_SELECTOR, waitForBars } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * What a reader does with a chart once it is drawn, and what the page leaves undrawn until it is
 * needed. The tooltips are a chunk that joins each chart after it is drawn; held on its way here,
 * so that it joins at a known moment: a bar pressed as the tooltips arrive, and released after,
 * still opens its source; arrow keys then Enter open a bar's source with or without a tooltip;
 * a tooltip shows on pointing at a bar and on choosing one by keyboard. A count chart's legend is
 * written by the page. Cards and lists below the first screen are skipped by rendering until
 * scrolled to, in the full page only. A tab the pointer rests on draws its first chart out of sight, and
 * the click shows those very bars. Once the page is idle, the tabs not opened are mounted out of
 * sight with their first chart set up and nothing drawn; their first visit draws in that chart.
 */

const DESKTOP = { width: 1280, height: 800 }
const TOOLTIP = '.recharts-tooltip-wrapper'
const TOOLTIP_CHUNK = '**/assets/chart-tooltips-*.js'
const AREAS = ['Chongqing', 'Liangjiang New Area', 'Western (Chongqing) Science City']
const TIERS = Object.entries(en).flatMap(([key, text]) => (key.startsWith('tier.') ? [text] : []))

export function chartJobs(): Job[] {
  return [
    { name: 'charts: tooltips and the count legend', run: checkTooltipsAndLegend },
    { name: 'charts: a press as the tooltips join, and the keyboard', run: checkPressAndKeyboard },
    { name: 'charts: sections below the first screen', run: checkBelowTheFold },
    { name: 'charts: a tab drawn as the pointer reaches for it', run: checkTabIntent },
    { name: 'charts: tabs mounted ahead once the page is idle', run: checkTabsMountedAhead },
  ]
}

const shownTooltipText = (page: Page) =>
  page
    .locator(TOOLTIP)
    .filter({ visible: true })
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => null)

const sourceParam = (page: Page) => new URL(page.url()).searchParams.get('source')

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
      const legend = await figure
        .getByRole('list', { name: en['filter.region'] })
        .getByRole('listitem')
        .allTextContents()
      scope.expect(
        'tooltip',
        legend.length === AREAS.length && AREAS.every((area, index) => legend[index]?.trim() === area),
        `the count chart's legend, named "${en['filter.region']}", to name the areas in order (${AREAS.join(', ')})`,
        legend.join(', ') || 'no legend',
      )

      await figure.locator(BAR_SELECTOR).filter({ visible: true }).first().hover()
      const isNamed = (text: string | null) =>
        text !== null && text.includes(AREAS[0] ?? '') && TIERS.some((tier) => text.startsWith(tier))
      const isShown = await waitUntil(async () => isNamed(await shownTooltipText(page)))
      scope.expect(
        'tooltip',
        isShown,
        'a tooltip naming the tier and the area on pointing at a count bar',
        (await shownTooltipText(page)) ?? 'none',
      )
      await screenshot(scope, page, 'charts-count-tooltip')
    })
  })
}

async function checkPressAndKeyboard(suite: Suite) {
  const scope = suite.report.scope('charts: a press as the tooltips join, and the keyboard')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    const firstBar = () => page.locator(`[role="tabpanel"] ${BAR_SELECTOR}`).filter({ visible: true }).first()
    // The drawing's own stop in the focus order (Recharts' keyboard layer), reached as by Tab.
    const surface = () =>
      page
        .locator('figure [tabindex="0"]')
        .filter({ has: page.locator(BAR_SELECTOR) })
        .first()

    await scope.run('press', async () => {
      const tooltips = await holdRoute(page, TOOLTIP_CHUNK)
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      const box = await firstBar().boundingBox()
      if (!box) throw new Error('the first bar has no box')
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.down()
      tooltips.release()
      await page.waitForTimeout(1500)
      const joined = await page.locator(TOOLTIP).count()
      scope.expect('press', joined === 0, 'no tooltip to join a chart while a bar is pressed', `${joined} joined`)
      await page.mouse.up()
      const isOpened = await waitUntil(async () => sourceParam(page) !== null, 2000)
      scope.expect('press', isOpened, 'the bar, released after the tooltips arrived, to open its source', page.url())
      const hasJoined = await waitUntil(async () => (await page.locator(TOOLTIP).count()) > 0)
      scope.expect('press', hasJoined, 'the tooltips to join once the press is over', 'none joined')
      await page.unrouteAll({ behavior: 'ignoreErrors' })
    })

    await scope.run('keyboard', async () => {
      const tooltips = await holdRoute(page, TOOLTIP_CHUNK)
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      await surface().focus()
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Enter')
      const isOpened = await waitUntil(async () => sourceParam(page) !== null, 2000)
      scope.expect('keyboard', isOpened, 'arrow keys then Enter to open a bar’s source before any tooltip', page.url())
      tooltips.release()
      await page.unrouteAll({ behavior: 'ignoreErrors' })
    })

    await scope.run('keyboard', async () => {
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      await waitUntil(async () => (await page.locator(TOOLTIP).count()) > 0)
      await surface().focus()
      await page.keyboard.press('ArrowRight')
      const isShown = await waitUntil(async () => ((await shownTooltipText(page)) ?? '').length > 0)
      scope.expect(
        'keyboard',
        isShown,
        'a tooltip on a bar chosen with the arrow keys',
        (await shownTooltipText(page)) ?? 'none',
      )
      await page.keyboard.press('Enter')
      const isOpen = await waitUntil(() => page.getByRole('dialog').isVisible())
      scope.expect('keyboard', isOpen, 'Enter on the chosen bar to open its source', 'no dialog')
      scope.expect('keyboard', sourceParam(page) !== null, 'the source to be named in the URL (source=)', page.url())
    })
  })
}

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

async function checkBelowTheFold(suite: Suite) {
  const scope = suite.report.scope('charts: sections below the first screen')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('offscreen', async () => {
      await page.goto(appUrl(suite.server, 'tab=clusters'))
      await waitForBars(page)
      const atTop = await readFirstList(page)
      scope.expect('offscreen', atTop.found, 'the clusters tab to have its lists', 'none')
      scope.expect(
        'offscreen',
        atTop.contentVisibility === 'auto' && !atTop.isRendered,
        'the lists, three screens down, left unrendered while the reader is at the top',
        `content-visibility ${atTop.contentVisibility}, ${atTop.isRendered ? 'rendered' : 'skipped'}`,
      )
      await page.getByRole('heading', { name: en['clusters.lists'] }).scrollIntoViewIfNeeded()
      const isRendered = await waitUntil(async () => (await readFirstList(page)).isRendered)
      scope.expect('offscreen', isRendered, 'the lists rendered once scrolled to', 'still skipped')
      await screenshot(scope, page, 'charts-lists-scrolled-to')

      // An embed sizes itself to all of its content, so there nothing is skipped.
      await page.goto(appUrl(suite.server, 'tab=clusters&embed=1'))
      // An embed has no tabs, so no tab panel to wait in.
      await page.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor()
      const embedded = await readFirstList(page)
      scope.expect(
        'offscreen',
        embedded.found && embedded.contentVisibility === 'visible' && embedded.isRendered,
        'an embed to render its lists wherever they are',
        `content-visibility ${embedded.contentVisibility}, ${embedded.isRendered ? 'rendered' : 'skipped'}`,
      )
    })
  })
}

async function checkTabIntent(suite: Suite) {
  const scope = suite.report.scope('charts: a tab drawn as the pointer reaches for it')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('intent', async () => {
      await page.goto(appUrl(suite.server, ''))
      await waitForBars(page)
      const tab = page.getByRole('tab', { name: en['tab.nev'], exact: true })
      const drawnOutOfSight = page.locator(`.drawn-ahead-tab ${BAR_SELECTOR}`)
      const panelBox = () => page.getByRole('tabpanel').boundingBox()
      const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight)
      const before = await panelBox()
      const heightBefore = await pageHeight()

      // A pointer passing over the tabs on its way elsewhere draws nothing.
      const boxes = await page
        .getByRole('tab', { selected: false })
        .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().toJSON() as DOMRect))
      for (const box of boxes) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.move(0, 400)
      await page.waitForTimeout(300)
      const passedOver = await page.locator(`.drawn-ahead-tab`).count()
      scope.expect(
        'intent',
        passedOver === 0,
        'no tab drawn ahead when the pointer only passes over them',
        `${passedOver}`,
      )

      await tab.hover()
      const isDrawn = await waitUntil(async () => (await drawnOutOfSight.count()) > 0)
      scope.expect(
        'intent',
        isDrawn,
        'the NEV tab’s first chart drawn out of sight once the pointer rests on its tab',
        'no bar',
      )
      if (!isDrawn) return
      const seen = await drawnOutOfSight.evaluateAll(
        (bars) => bars.filter((bar) => bar.checkVisibility({ visibilityProperty: true })).length,
      )
      scope.expect('intent', seen === 0, 'none of those bars on screen before the click', `${seen} on screen`)
      const after = await panelBox()
      scope.expect(
        'intent',
        JSON.stringify(before) === JSON.stringify(after),
        'the page to stay as it was: the Overview’s panel the same size, in the same place',
        `${JSON.stringify(before)} → ${JSON.stringify(after)}`,
      )
      const heightAfter = await pageHeight()
      scope.expect(
        'intent',
        heightAfter === heightBefore,
        'the page no longer than before (nothing of the hidden tab takes room)',
        `${heightBefore} → ${heightAfter} px`,
      )
      await screenshot(scope, page, 'charts-tab-drawn-ahead')
      const selected = await page.getByRole('tab', { selected: true }).textContent()
      scope.expect('intent', selected === en['tab.overview'], 'the Overview still selected', selected ?? 'none')
      scope.expect('intent', !new URL(page.url()).searchParams.has('tab'), 'the link unchanged', page.url())
      const exposed = await page.getByRole('heading', { name: en['nev.title'] }).count()
      scope.expect('intent', exposed === 0, 'the NEV tab hidden from assistive technology', `${exposed} heading(s)`)

      // The click shows the bars already drawn: the same elements, not a second drawing.
      await drawnOutOfSight.first().evaluate((bar) => bar.setAttribute('data-drawn-before-click', ''))
      await tab.click()
      await waitForBars(page)
      const isSameBar = await page
        .locator('[data-drawn-before-click]')
        .evaluate((bar) => bar.checkVisibility({ visibilityProperty: true }))
        .catch(() => false)
      scope.expect('intent', isSameBar, 'the click to show the bar drawn before it', 'that bar is gone or hidden')
      const param = new URL(page.url()).searchParams.get('tab')
      scope.expect('intent', param === 'nev', 'the NEV tab in the link after the click (tab=nev)', page.url())
    })
  })
}

/** Tabs mounted out of sight: for each, its width, its bars, and its charts set up (a Recharts wrapper). */
const readMountedAhead = (page: Page) =>
  page.locator('.mounted-ahead-tab').evaluateAll((tabs) =>
    tabs.map((tab) => ({
      width: Math.round(tab.getBoundingClientRect().width),
      height: Math.round(tab.getBoundingClientRect().height),
      bars: tab.querySelectorAll('.recharts-bar-rectangle').length,
      setUp: tab.querySelectorAll('.recharts-wrapper').length,
      isHidden: tab.getAttribute('aria-hidden') === 'true' && tab.hasAttribute('inert'),
    })),
  )

async function checkTabsMountedAhead(suite: Suite) {
  const scope = suite.report.scope('charts: tabs mounted ahead once the page is idle')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('mounted', async () => {
      await page.goto(appUrl(suite.server, ''))
      await waitForBars(page)
      const panel = page.getByRole('tabpanel')
      const panelWidth = Math.round((await panel.boundingBox())?.width ?? 0)
      const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight)
      const heightAtFirstChart = await pageHeight()

      const isMounted = await waitUntil(async () => {
        const tabs = await readMountedAhead(page)
        return tabs.length === 3 && tabs.every((tab) => tab.setUp === 1)
      })
      const tabs = await readMountedAhead(page)
      scope.expect(
        'mounted',
        isMounted,
        'the three tabs not opened mounted out of sight, each with one chart set up',
        JSON.stringify(tabs),
      )
      if (!isMounted) return
      scope.expect(
        'mounted',
        tabs.every((tab) => Math.abs(tab.width - panelWidth) <= 1),
        `each laid out at the panel's width (${panelWidth} px), so its charts measure as they will be seen`,
        tabs.map((tab) => tab.width).join(', '),
      )
      scope.expect(
        'mounted',
        tabs.every((tab) => tab.bars === 0 && tab.height === 0),
        'nothing drawn in them, and no room taken',
        JSON.stringify(tabs),
      )
      scope.expect(
        'mounted',
        tabs.every((tab) => tab.isHidden),
        'each inert and hidden from assistive technology',
        JSON.stringify(tabs),
      )
      const exposed = await page.getByRole('heading', { name: en['nev.title'] }).count()
      scope.expect('mounted', exposed === 0, 'the NEV tab’s heading not exposed', `${exposed} heading(s)`)
      const heightAfter = await pageHeight()
      scope.expect(
        'mounted',
        heightAfter === heightAtFirstChart,
        'the page no longer than at its first chart',
        `${heightAtFirstChart} → ${heightAfter} px`,
      )

      // The first visit draws in the chart set up ahead: the same element, now with bars. The
      // window narrows first, which a tab out of sight does not see: the chart measures itself
      // again as it draws, so its first drawing already fits.
      const nev = page.getByRole('tab', { name: en['tab.nev'], exact: true })
      const nevPanel = await nev.getAttribute('aria-controls')
      await page
        .locator('.mounted-ahead-tab .recharts-wrapper')
        .evaluateAll((wrappers) => wrappers.forEach((wrapper) => wrapper.setAttribute('data-set-up-ahead', '')))
      await page.setViewportSize({ width: 1000, height: DESKTOP.height })
      const firstDrawing = page.evaluate(
        (panelId) =>
          new Promise<{ drawn: number; box: number }>((resolve) => {
            const observer = new MutationObserver(() => {
              const bar = document.getElementById(panelId)?.querySelector('.recharts-bar-rectangle')
              const wrapper = bar?.closest('.recharts-wrapper')
              if (!wrapper?.parentElement) return
              observer.disconnect()
              resolve({ drawn: wrapper.getBoundingClientRect().width, box: wrapper.parentElement.clientWidth })
            })
            observer.observe(document, { childList: true, subtree: true })
          }),
        nevPanel ?? '',
      )
      await nev.click()
      await waitForBars(page)
      const { drawn, box } = await firstDrawing
      scope.expect(
        'mounted',
        Math.abs(drawn - box) <= 1,
        'the first drawing as wide as its box after the window narrowed',
        `${Math.round(drawn)} px drawn in ${box} px`,
      )
      const drawnInPlace = await page
        .locator(`[id="${nevPanel}"] [data-set-up-ahead]`)
        .filter({ visible: true })
        .evaluateAll((wrappers) =>
          wrappers.map((wrapper) => wrapper.querySelectorAll('.recharts-bar-rectangle').length),
        )
      scope.expect(
        'mounted',
        drawnInPlace.length === 1 && (drawnInPlace[0] ?? 0) > 0,
        'the NEV tab’s first chart drawn in the chart set up ahead',
        JSON.stringify(drawnInPlace),
      )
      const left = await readMountedAhead(page)
      scope.expect('mounted', left.length === 2, 'the other two tabs still mounted ahead', JSON.stringify(left))
    })
  })
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await scope.run('embed', async () => {
      await page.goto(appUrl(suite.server, 'embed=1'))
      await page.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor()
      // The tabs are built in the background as anywhere (in the page, hidden); an embed stops
      // there, having no tabs to switch. A full page mounts its first tab ahead within a second
      // of that at most (an idle moment): give the embed two.
      const isBuilt = await waitUntil(async () => (await page.getByText(en['nev.title']).count()) > 0)
      scope.expect('embed', isBuilt, 'the tabs built in the background', 'the NEV tab never built')
      await page.waitForTimeout(2000)
      const mounted = await page.locator('.mounted-ahead-tab').count()
      scope.expect('embed', mounted === 0, 'no tab mounted ahead in an embed', `${mounted}`)
    })
  })
}
