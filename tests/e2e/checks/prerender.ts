import type { Page } from 'playwright-core'
import { appUrl, holdRoute, screenshot, withAppPage, type Job, type Suite } from './app-page.ts'
import { BAR_SELECTOR, tabPanel, waitForBars } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * The default view is prerendered into index.html (README, "Performance"): before any module runs,
 * the page shows the Overview's real figures; a link to another view keeps them out of sight; and
 * the app takes over in place, without moving anything on the screen.
 */

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }
/** Text the prerendered Overview must show: the title and two headline figures, as worded. */
const TITLE = 'Chongqing: a growth pole of high-quality development'
const PRERENDERED_TEXT = [TITLE, 'more than 1,600', '45 enterprises']

export function prerenderJobs(): Job[] {
  return [
    { name: 'prerender: before the scripts', run: checkBeforeScripts },
    { name: 'prerender: the app takes over @1280x800', run: (suite) => checkTakeover(suite, DESKTOP) },
    { name: 'prerender: the app takes over @390x844', run: (suite) => checkTakeover(suite, PHONE) },
    { name: 'prerender: the parts around the chart load after it', run: checkLaterParts },
  ]
}

/** The app's modules answer with nothing, so the page is what index.html and its guard alone show. */
async function withoutModules(page: Page) {
  await page.route('**/assets/*.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  )
}

const readPage = (page: Page) =>
  page.evaluate(() => ({
    rootVisibility: getComputedStyle(document.getElementById('root') ?? document.body).visibility,
    mark: document.documentElement.getAttribute('data-prerender'),
    htmlClass: document.documentElement.className,
    text: document.body.innerText,
  }))

async function checkBeforeScripts(suite: Suite) {
  const scope = suite.report.scope('prerender: before the scripts')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    await withoutModules(page)
    await scope.run('prerender', async () => {
      await page.goto(appUrl(suite.server))
      const shown = await readPage(page)
      for (const text of PRERENDERED_TEXT) {
        scope.expect(
          'prerender',
          shown.text.includes(text),
          `the default view to show “${text}” before any module runs`,
          'it missing',
        )
      }
      scope.expect(
        'prerender',
        shown.rootVisibility === 'visible',
        'the prerendered view to be visible',
        shown.rootVisibility,
      )
      await screenshot(scope, page, 'prerender-before-scripts-1280x800')
    })
    await scope.run('prerender', async () => {
      await page.goto(appUrl(suite.server, 'tab=nev'))
      const shown = await readPage(page)
      scope.expect(
        'prerender',
        shown.mark === 'hidden' && shown.rootVisibility === 'hidden',
        'a link to the NEV tab to hide the prerendered Overview until the app draws the NEV tab',
        `data-prerender=${shown.mark}, #root visibility ${shown.rootVisibility}`,
      )
    })
    await scope.run('prerender', async () => {
      await page.goto(appUrl(suite.server, 'theme=dark'))
      const shown = await readPage(page)
      scope.expect(
        'prerender',
        /\bdark\b/.test(shown.htmlClass),
        '?theme=dark to darken the page before any module runs',
        `class="${shown.htmlClass}"`,
      )
    })
  })
}

async function checkTakeover(suite: Suite, viewport: { width: number; height: number }) {
  const size = `${viewport.width}x${viewport.height}`
  const scope = suite.report.scope(`prerender: the app takes over @${size}`)
  await withAppPage(suite, scope, { viewport, colorScheme: 'light' }, async ({ page }) => {
    // Every layout shift from navigation on, as Chromium reports it (the CLS metric's input).
    await page.addInitScript(() => {
      // The prerendered heading, taken when parsing ends and before any module runs.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          Object.assign(window, { __prerenderedHeading: document.querySelector('h1') })
      })
      type Shift = PerformanceEntry & { value: number; sources: { node: Node | null }[] }
      const shifts: { value: number; at: number; nodes: string[] }[] = []
      Object.assign(window, { __layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          const nodes = entry.sources.map(({ node }) =>
            node instanceof Element
              ? `<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}">`
              : String(node?.nodeName),
          )
          shifts.push({ value: entry.value, at: Math.round(entry.startTime), nodes })
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await scope.run('prerender', async () => {
      await page.goto(appUrl(suite.server))
      await waitForBars(page)
      await page.waitForTimeout(1000)
      type Shift = { value: number; at: number; nodes: string[] }
      const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: Shift[] }).__layoutShifts)
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0)
      // Normally 0. Once, with the machine loaded, a shift of 0.035 of unknown origin was seen: the
      // limit is half the "good" CLS (0.1), and any shift is described, to find it next time.
      const described = shifts.map((shift) => `${shift.value.toFixed(4)} at ${shift.at} ms (${shift.nodes.join(', ')})`)
      if (total > 0) console.log(`  note: prerender takeover: layout shifts ${described.join('; ')}`)
      scope.expect(
        'prerender',
        total < 0.05,
        'the app to take over the prerendered page without moving it (layout shift < 0.05)',
        `a total shift of ${total.toFixed(4)}: ${described.join('; ')}`,
      )
      const shown = await readPage(page)
      scope.expect(
        'prerender',
        shown.mark === null,
        'no prerender mark left once the app runs',
        `data-prerender=${shown.mark}`,
      )
    })
    await scope.run('prerender', async () => {
      // The filters are taken over after the chart (src/app/hydrate-later.tsx). A click on them as
      // soon as the chart shows, on a CPU slowed 4×, must still be handled, not lost.
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      try {
        await page.goto(appUrl(suite.server))
        await waitForBars(page)
        await tabPanel(page)
          .getByRole('group', { name: 'Kind', exact: true })
          .getByRole('checkbox', { name: /^Target\b/ })
          .check()
        const kind = await waitUntil(async () => new URL(page.url()).searchParams.get('kind') === 'target')
        scope.expect(
          'prerender',
          kind,
          'a filter ticked as soon as the chart shows, CPU slowed 4×, to be applied (?kind=target)',
          page.url(),
        )
      } finally {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
        await cdp.detach()
      }
    })
    await scope.run('prerender', async () => {
      // The page is the app's now: a tab works.
      await page.goto(appUrl(suite.server))
      await waitForBars(page)
      // Clicked this early, the change of tab waits for the parts' code (early-input.ts).
      await page.getByRole('tab', { name: 'NEV ecosystem' }).click()
      await waitUntil(async () => new URL(page.url()).searchParams.get('tab') === 'nev')
      await waitForBars(page)
      const heading = await tabPanel(page).getByRole('heading', { level: 2 }).first().textContent()
      scope.expect(
        'prerender',
        new URL(page.url()).searchParams.get('tab') === 'nev',
        'a click on a tab to open it',
        page.url(),
      )
      scope.expect('prerender', heading?.includes('NEV') ?? false, 'the NEV tab’s heading', String(heading))
    })
    await scope.run('prerender', async () => {
      await page.goto(appUrl(suite.server, 'tab=nev'))
      await waitForBars(page)
      const shown = await readPage(page)
      scope.expect(
        'prerender',
        shown.rootVisibility === 'visible' && shown.mark === null,
        'the NEV tab, once drawn, to be visible',
        `#root visibility ${shown.rootVisibility}, data-prerender=${shown.mark}`,
      )
    })
  })
}

/**
 * The code of the parts around the chart (header, toolbar, filters, cards, captions) is asked for
 * only once the first chart is drawn (src/app/hydrate-later.tsx). Here it is held on its way: input
 * meanwhile must wait, not act on its own nor be lost, and be made, in order, once the code is in.
 */
async function checkLaterParts(suite: Suite) {
  const scope = suite.report.scope('prerender: the parts around the chart load after it')
  await withAppPage(suite, scope, { viewport: DESKTOP, colorScheme: 'light' }, async ({ page }) => {
    /** The default view, drawn, with the parts' code held on its way. */
    const openWithPartsHeld = async () => {
      await page.unrouteAll()
      const parts = await holdRoute(page, '**/assets/later-parts-*.js')
      await page.goto(appUrl(suite.server))
      await waitForBars(page)
      return parts
    }
    const param = (name: string) => new URL(page.url()).searchParams.get(name)
    const targetFilter = () =>
      tabPanel(page)
        .getByRole('group', { name: 'Kind', exact: true })
        .getByRole('checkbox', { name: /^Target\b/ })
    const chooseNextTab = async () => {
      await page.getByRole('tab', { name: 'Overview', exact: true }).focus()
      await page.keyboard.press('ArrowRight')
    }

    await scope.run('prerender', async () => {
      const parts = await openWithPartsHeld()
      const asked = await waitUntil(async () => parts.barsWhenAsked() !== null)
      scope.expect(
        'prerender',
        asked && (parts.barsWhenAsked() ?? 0) > 0,
        'the parts’ code to be asked for once the first chart is drawn, not before',
        asked ? `${parts.barsWhenAsked()} bars drawn when it was asked for` : 'never asked for',
      )
      const target = targetFilter()
      await target.click()
      await page.waitForTimeout(200)
      const whileHeld = { checked: await target.isChecked(), kind: param('kind') }
      scope.expect(
        'prerender',
        !whileHeld.checked && whileHeld.kind === null,
        'a click on a filter before its code is in to wait (the box not ticked on its own)',
        `checked ${whileHeld.checked}, ?kind=${whileHeld.kind}`,
      )
      parts.release()
      const applied = await waitUntil(async () => param('kind') === 'target' && (await target.isChecked()))
      scope.expect(
        'prerender',
        applied,
        'the held click to be applied once the code is in (?kind=target, the box ticked)',
        `${page.url()}, checked ${await target.isChecked()}`,
      )
      // The header, taken over now, answers too.
      const dark = page.getByRole('radio', { name: 'Dark', exact: true })
      await page.locator('label').filter({ has: dark }).click()
      const isDark = await waitUntil(async () => param('theme') === 'dark')
      scope.expect('prerender', isDark, 'the header’s theme switch to work once taken over', page.url())
    })
    await scope.run('prerender', async () => {
      // P presents the view at once: the key does not wait for the toolbar's code.
      const parts = await openWithPartsHeld()
      await page.keyboard.press('p')
      const isPresenting = await waitUntil(async () => param('present') === '1', 1000)
      scope.expect(
        'prerender',
        isPresenting,
        'P, pressed before the toolbar’s code is in, to present the view within a second, not wait for the code',
        page.url(),
      )
      // Leaving the slide does not wait for the code either (the slide's cards do: they are parts).
      await page.getByText(/^Slide 1 of \d+/).waitFor()
      await page.keyboard.press('Escape')
      const isBack = await waitUntil(async () => param('present') === null, 1000)
      scope.expect('prerender', isBack, 'Esc, before the code is in, to leave the slide within a second', page.url())
      parts.release()
    })
    await scope.run('prerender', async () => {
      // A tab chosen with the keyboard meanwhile waits too, and the parts' HTML stays on screen.
      const parts = await openWithPartsHeld()
      await chooseNextTab()
      await page.waitForTimeout(200)
      const whileHeld = { tab: param('tab'), header: await headerText(page) }
      scope.expect(
        'prerender',
        whileHeld.tab === null && whileHeld.header.includes(TITLE),
        'ArrowRight on the tabs before the parts’ code is in to wait, the header still shown',
        `?tab=${whileHeld.tab}, header “${whileHeld.header.slice(0, 80)}”`,
      )
      parts.release()
      const moved = await waitUntil(async () => param('tab') === 'clusters')
      const header = await headerText(page)
      scope.expect(
        'prerender',
        moved && header.includes(TITLE),
        'the tab chosen to open once the code is in, the header still shown',
        `${page.url()}, header “${header.slice(0, 80)}”`,
      )
    })
    // Input waits in the order it came. A filter ticked, then a tab chosen, ends on the new tab,
    // whose filters start afresh; a tab chosen, then a filter ticked on the tab still shown, drops
    // the filter, which was for the tab left. Either way, no filter is carried over.
    for (const [order, steps] of [
      ['a filter ticked, then a tab chosen', [() => targetFilter().click(), chooseNextTab]],
      ['a tab chosen, then a filter of the tab left ticked', [chooseNextTab, () => targetFilter().click()]],
    ] as const) {
      await scope.run('prerender', async () => {
        const parts = await openWithPartsHeld()
        for (const step of steps) await step()
        parts.release()
        const settled = await waitUntil(async () => param('tab') === 'clusters')
        await page.waitForTimeout(300)
        scope.expect(
          'prerender',
          settled && param('kind') === null,
          `${order}, before the code is in, to end on the new tab without the filter`,
          page.url(),
        )
      })
    }
    await scope.run('prerender', async () => {
      // A click before React has even taken the page over (the dataset slow to come) waits too.
      await page.unrouteAll()
      const data = await holdRoute(page, '**/data/dataset.json')
      await page.goto(appUrl(suite.server))
      const target = targetFilter()
      await target.click()
      data.release()
      await waitForBars(page)
      const applied = await waitUntil(async () => param('kind') === 'target' && (await target.isChecked()))
      scope.expect(
        'prerender',
        applied,
        'a filter clicked before the app has taken the page over to be applied once it has (?kind=target, ticked)',
        `${page.url()}, checked ${await target.isChecked()}`,
      )
    })
    await scope.run('prerender', async () => {
      // The chart is React's from the start: a click on a bar is not held, and opens its source.
      const parts = await openWithPartsHeld()
      await tabPanel(page).locator(BAR_SELECTOR).first().click()
      parts.release()
      const opened = await waitUntil(async () => param('source') !== null)
      scope.expect('prerender', opened, 'a bar clicked before the parts’ code is in to open its source', page.url())
    })
  })
}

const headerText = async (page: Page) => (await page.locator('#root header').first().textContent()) ?? ''
