import { expect, saveScreenshot, test } from './fixtures.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { barCharts, chooseDisplay, shownBars, tabPanel, waitForEveryChart } from './support/charts.ts'
import { filterBar, filterLegends, openFilter, setFilterChoice } from './support/filters.ts'
import { parseChartLabel, parseTableValue, unitScale } from './support/figures.ts'
import { describeStop, focusStop, type FocusStop } from './support/focus.ts'
import { catalogs } from './support/i18n.ts'
import { backgroundLightness, paramOf, searchOf } from './support/page-reads.ts'
import { TABS, tabUrl, type TabSpec } from './support/tabs.ts'
import { tabs } from '../../src/view-state/view.ts'
import type { Catalog } from '../../src/i18n/en.ts'
import type { Locator, Page } from '@playwright/test'
import { poll } from './support/poll.ts'
import { precisionProblems, shownValues } from './support/precision.ts'

/**
 * Every tab in each project of the tab matrix (playwright.config.ts: a laptop in English, light; a
 * phone in English, dark; a phone in Chinese; a laptop in Chinese with ?theme=dark on a light
 * system): drawn, screenshotted and checked by axe; its headline figures on the first screen; its
 * numbers no more precise than their sources; shown as tables; filtered, with no filter option that
 * would leave nothing; and used by keyboard alone.
 */

const MAX_TAB_PRESSES = 40
/** Tailwind's sm breakpoint: below it a tab shows its short label. */
const SM_WIDTH = 640
/** Tailwind's md breakpoint: below it the filters open as one sheet, not a dropdown each. */
const MD_WIDTH = 768

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

for (const tab of TABS) {
  test.describe(`the ${tab.title} tab`, () => {
    test.beforeEach(async ({ page, viewQuery }) => {
      await page.goto(tabUrl(tab, viewQuery))
      await waitForEveryChart(page)
    })

    test('draws its figures as charts in the theme asked for and as tables, and a filter changes the bars', async ({
      page,
      lang,
      isDark,
    }, testInfo) => {
      // Two axe runs and a full-page screenshot: on two busy cores an axe run alone can take 15 s.
      testInfo.setTimeout(testInfo.timeout * 2)
      const t = catalogs[lang]
      await test.step('the charts, the known figures and the theme', async () => {
        await expect
          .soft(page.getByRole('tablist').getByRole('tab'), `a tablist with ${tabs.length} tabs`)
          .toHaveCount(tabs.length)
        // A tab holds its long label and a short one for a phone, one of them shown; its name is the long one.
        const selected = page.getByRole('tab', { selected: true })
        await expect.soft(selected, 'the tab selected').toHaveAccessibleName(t[tab.label])
        const isPhone = (page.viewportSize()?.width ?? 0) < SM_WIDTH
        await expect
          .soft(selected.locator('span').filter({ visible: true }), 'the selected tab shows its label for the width')
          .toHaveText([isPhone ? t[tab.shortLabel] : t[tab.label]])

        const figures = await tabPanel(page).getByRole('figure').all()
        expect.soft(figures.length, 'at least one chart <figure> in the tab').toBeGreaterThan(0)
        for (const figure of figures) {
          const title = (await figure.locator('h3').first().textContent()) ?? '(untitled figure)'
          // A bar chart is drawn by Recharts; a matrix or the proposals are HTML, a table or lists.
          const drawing = (await figure.locator('.bar-chart').count())
            ? shownBars(figure)
            : figure.locator('table tbody tr, li').filter({ visible: true })
          await expect.soft(drawing, `"${title}" drawn`).not.toHaveCount(0)
        }
        // The tab opens with its headline figures, each a card with its value in large type.
        const headlines = tabPanel(page).getByRole('region', { name: t[tab.headlines], exact: true })
        await expect
          .soft(headlines.getByRole('listitem').filter({ has: page.getByRole('heading') }), 'the headline figure cards')
          .not.toHaveCount(0)
        for (const text of tab.figureTexts[lang]) {
          await expect
            .soft(headlines.getByText(text, { exact: true }).first(), `the headline figure "${text}"`)
            .toBeVisible()
        }
        // A reader meets the headline figures without scrolling, on a phone as on a laptop.
        const screenHeight = page.viewportSize()?.height ?? 0
        const offScreen = await headlines
          .getByRole('listitem')
          .evaluateAll(
            (cards, height) =>
              cards
                .filter((card) => card.getBoundingClientRect().bottom > height || card.getBoundingClientRect().top < 0)
                .map((card) => card.querySelector('p')?.textContent ?? ''),
            screenHeight,
          )
        expect.soft(offScreen, 'headline figures below the first screen').toEqual([])
        const lightness = await backgroundLightness(page)
        if (isDark) expect.soft(lightness, 'a dark page background (lightness 0–1)').toBeLessThan(0.5)
        else expect.soft(lightness, 'a light page background (lightness 0–1)').toBeGreaterThan(0.5)
      })

      await saveScreenshot(page, testInfo, `${tab.id}-${testInfo.project.name}`, { fullPage: true })
      await expectNoAxeViolations(page, 'the chart view')

      await test.step('a filter chosen changes what is shown and writes the link; removed, undoes both', async () => {
        const { group, choice, param, value } = tab.filter
        const status = filterBar(page, t).getByRole('status')
        // What the filter changes: the bars where the tab has bar charts, else the matrix's or the proposals' rows.
        const bars = shownBars(tabPanel(page))
        const drawn = (await bars.count()) > 0 ? bars : htmlRows(tabPanel(page))
        const what = drawn === bars ? 'bars' : 'rows'
        // Counted once every chart is drawn (beforeEach).
        const before = { status: await status.textContent(), drawn: await drawn.count() }
        expect.soft(before.drawn, `${what} drawn before the filter`).toBeGreaterThan(0)

        await setFilterChoice(page, t, t[group], t[choice], true)
        await poll(() => status.textContent(), `${t[choice]} chosen: a count other than "${before.status}"`).not.toBe(
          before.status,
        )
        await poll(() => drawn.count(), `${t[choice]} chosen: other ${what}`).not.toBe(before.drawn)
        await expect
          .soft(page, `${t[choice]} chosen: ?${param}=${value} in the URL`)
          .toHaveURL((url) => url.searchParams.get(param) === value)
        const chip = filterBar(page, t).getByRole('button', {
          name: t['filter.remove'].replace('{filter}', t[group]).replace('{value}', t[choice]),
        })
        await expect.soft(chip, `${t[choice]} shown as a chip that removes it`).toBeVisible()

        await chip.click()
        await expect(status, `${t[choice]} removed: "${before.status}" again`).toHaveText(before.status ?? '')
        await expect(drawn, `${t[choice]} removed: ${before.drawn} ${what} again`).toHaveCount(before.drawn)
        await expect(chip, `${t[choice]} removed: its chip gone`).toBeHidden()
        await expect
          .soft(page, `${t[choice]} removed: no ?${param}= in the URL`)
          .toHaveURL((url) => !url.searchParams.has(param))
      })

      await test.step('no filter option with nothing behind it can be chosen', async () => {
        const legends = await filterLegends(page, t)
        expect.soft(legends.length, 'the tab has filters').toBeGreaterThan(0)
        for (const legend of legends) {
          const { group, close } = await openFilter(page, t, legend)
          const options = await group.locator('label').evaluateAll((labels) =>
            labels.map((label) => ({
              text: label.textContent?.trim() ?? '',
              isEnabled: !(label.querySelector('input') as HTMLInputElement | null)?.disabled,
            })),
          )
          expect.soft(options.length, `${legend}: options`).toBeGreaterThan(0)
          const emptyButEnabled = options.filter((o) => o.isEnabled && /\(0\)$/.test(o.text)).map((o) => o.text)
          expect.soft(emptyButEnabled, `${legend}: enabled options with a count of 0`).toEqual([])
          await close()
        }
      })

      await test.step('the same figures as tables, one table per figure', async () => {
        await waitForEveryChart(page)
        const charts = await readChartLabels(page)
        const valuesAsCharts = await shownValues(page, t['table.value'])
        const barsBefore = await shownBars(tabPanel(page)).count()
        const figureCount = await tabPanel(page).getByRole('figure').count()
        await chooseDisplay(tabPanel(page), t['chart.showTable'])
        // The industry matrix is its own table: a <table> on a desk, one list item per industry on a phone.
        let tabled = tabPanel(page)
          .getByRole('figure')
          .filter({ has: page.getByRole('table') })
        for (const key of tab.ownTables) {
          tabled = tabled.or(
            tabPanel(page)
              .getByRole('figure', { name: t[key], exact: true })
              .filter({ has: page.getByRole('listitem').filter({ visible: true }) }),
          )
        }
        await expect(tabled, 'a table in place of each chart').toHaveCount(figureCount)
        await expect(shownBars(tabPanel(page)), 'no chart drawn while the tables show').toHaveCount(0)
        await expect.soft(page, '?show=table in the URL').toHaveURL((url) => url.searchParams.get('show') === 'table')

        const tables = await readTableValues(page, t['table.value'])
        for (const chart of charts) {
          const table = tables.find((candidate) => candidate.title === chart.title)
          expect.soft(table, `chart "${chart.title}" has a table with a "${t['table.value']}" column`).toBeDefined()
          if (!table) continue
          const scale = unitScale(chart.unitLine, lang)
          const labels = chart.labels
            .map((text) => parseChartLabel(text, lang, scale))
            .filter((figure) => figure !== null)
          expect
            .soft(
              labels.length,
              `chart "${chart.title}": one value label per table row (labels: ${chart.labels.join(', ')})`,
            )
            .toBe(table.rows)
          expect
            .soft(
              table.values.map((text) => parseTableValue(text, lang)),
              `table "${table.title}" lists the chart's bar labels`,
            )
            .toEqual(labels)
        }
        const values = [...new Set([...valuesAsCharts, ...(await shownValues(page, t['table.value']))])]
        expect.soft(values.length, 'values read from the charts and the tables').toBeGreaterThan(0)
        expect.soft(precisionProblems(values, lang), 'values more precise than their sources').toEqual([])
        // Only the page's main part changed since the chart view's run.
        await expectNoAxeViolations(page, 'the table view', 'main')
        await chooseDisplay(tabPanel(page), t['chart.showChart'])
        await waitForEveryChart(page)
        await expect(shownBars(tabPanel(page)), 'Chart again: the bars drawn again').toHaveCount(barsBefore)
      })
    })
  })
}

test('every tab can be used by keyboard alone', async ({ page, lang, viewQuery }) => {
  // One page for the four tabs: the walk from the top of the page is the same on each, so it is
  // taken once; each tab is then reached from the tablist, and its panel and filters walked.
  const t = catalogs[lang]
  const stopAt = () => focusStop(page, t['filter.label'])
  const isPhone = (page.viewportSize()?.width ?? 0) < MD_WIDTH
  // Keyboard only, from the top of the page: Tab reaches the skip link, the language choice, the
  // theme menu, the tablist (one stop) and the share buttons, the tab panel and the filters, with
  // a visible focus ring at every stop.
  const first = TABS[0]
  if (!first) return
  await page.goto(tabUrl(first, viewQuery))
  await waitForEveryChart(page)
  const stops = await tabUntilFilters(page, stopAt, isFilterOpener(first, t, isPhone))
  const sequence = `the Tab sequence: ${stops.map(describeStop).join('; ')}`
  const skip = stops[0] ?? null
  expect.soft(describeStop(skip), 'the first Tab reaches the skip link').toBe(`link "${t['app.skipToContent']}"`)
  const box = skip?.box
  expect
    .soft(
      box !== undefined && box.isOnScreen && box.width > 1 && box.height > 1,
      `the focused skip link shown on screen: ${JSON.stringify(box)}`,
    )
    .toBe(true)
  const themeButton = t['header.themeIs'].split('{theme}')[0] ?? ''
  const language = stops.findIndex((s) => s.role === 'radio' && s.group === t['header.language'])
  const theme = stops.findIndex((s) => s.role === 'button' && s.name.startsWith(themeButton))
  expect.soft(language, `Tab reaches the language choice; ${sequence}`).toBeGreaterThanOrEqual(0)
  expect.soft(theme, `Tab reaches the theme menu; ${sequence}`).toBeGreaterThan(language)
  const tabStops = stops.filter((s) => s.role === 'tab')
  expect.soft(tabStops.map(describeStop), 'the tablist is one Tab stop').toHaveLength(1)
  expect.soft(tabStops[0]?.selected, 'Tab lands on the selected tab').toBe(true)
  expect
    .soft(
      stops.findIndex((s) => s.role === 'tab'),
      `the tablist after the theme menu; ${sequence}`,
    )
    .toBeGreaterThan(theme)
  expectPanelStops(stops, t, isPhone, first)

  for (const [index, tab] of TABS.entries()) {
    if (index > 0) {
      await test.step(`ArrowRight on the tablist opens the ${tab.title} tab; Tab walks its panel to its filters`, async () => {
        await page.keyboard.press('ArrowRight')
        await poll(async () => {
          const stop = await stopAt()
          return { focus: describeStop(stop), selected: stop?.selected, tab: paramOf(page, 'tab') }
        }, `ArrowRight selects and focuses "${t[tab.label]}"`).toEqual({
          focus: `tab "${t[tab.label]}"`,
          selected: true,
          tab: tab.id,
        })
        await waitForEveryChart(page)
        expectPanelStops(await tabUntilFilters(page, stopAt, isFilterOpener(tab, t, isPhone)), t, isPhone, tab)
      })
    }
    await expectFilterKeys(page, t, stopAt, tab)
    const reached = await shiftTabUntil(page, stopAt, (stop) => stop?.role === 'tab')
    expect(reached, `${tab.title}: Shift+Tab from the filters reaches the tablist`).toBe(true)
  }

  await test.step('the arrow keys, Home and End move the tab selection and the link', async () => {
    // The tablist holds every tab, All figures too (which the matrix leaves out), in the app's order.
    const start = tabs.indexOf(TABS.at(-1)?.id ?? 'overview')
    const last = tabs.length - 1
    const moves: [key: string, target: number][] = [
      ['ArrowRight', start === last ? 0 : start + 1],
      ['End', last],
      ['ArrowLeft', last - 1],
      ['Home', 0],
    ]
    for (const [key, targetIndex] of moves) {
      const target = tabs[targetIndex]
      if (!target) continue
      const label = t[`tab.${target}`]
      await page.keyboard.press(key)
      // Overview is the default view, so its link has no ?tab= at all.
      await poll(async () => {
        const stop = await stopAt()
        return { focus: describeStop(stop), selected: stop?.selected, tab: paramOf(page, 'tab') }
      }, `${key} on the tablist selects and focuses "${label}"`).toEqual({
        focus: `tab "${label}"`,
        selected: true,
        tab: target === 'overview' ? null : target,
      })
    }
  })

  await test.step('Enter on the skip link moves focus to the main content', async () => {
    const skipName = t['app.skipToContent']
    const reached = await shiftTabUntil(page, stopAt, (stop) => stop === null || stop.name === skipName)
    expect
      .soft(describeStop(await stopAt()), 'Shift+Tab from the tablist reaches the skip link')
      .toBe(`link "${skipName}"`)
    if (!reached) return
    await page.keyboard.press('Enter')
    await poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()), 'focus on <main>').toBe('main')
  })
})

/** The button that opens the tab's filters: its filter's dropdown on a desk ("Kind: All"), the "Filters (0)" sheet on a phone. */
function isFilterOpener(tab: TabSpec, t: Catalog, isPhone: boolean) {
  const opener = isPhone
    ? new RegExp(`^${escapeRegExp(t['filter.open']).replace(escapeRegExp('{count}'), '\\d+')}$`)
    : new RegExp(
        `^${escapeRegExp(t['filter.summary'].replace('{filter}', t[tab.filter.group]).replace('{value}', ''))}`,
      )
  return (stop: FocusStop | null) => stop?.role === 'button' && stop.isFilter && opener.test(stop.name)
}

/** Presses Tab until the filters' opener has focus (or focus leaves the page); the stops passed. */
async function tabUntilFilters(
  page: Page,
  stopAt: () => Promise<FocusStop | null>,
  isOpener: (stop: FocusStop | null) => boolean,
): Promise<FocusStop[]> {
  const stops: FocusStop[] = []
  for (let press = 0; press < MAX_TAB_PRESSES; press += 1) {
    await page.keyboard.press('Tab')
    const stop = await stopAt()
    if (!stop) break
    stops.push(stop)
    if (isOpener(stop)) break
  }
  return stops
}

/**
 * The stops of a walk that ends at the tab's filters: the share buttons in order (after the
 * tablist on a desk; on a phone, behind one "Share" menu in the header, before it), then the tab
 * panel, then the filters' opener; a visible focus ring at every stop.
 */
function expectPanelStops(stops: FocusStop[], t: Catalog, isPhone: boolean, tab: TabSpec) {
  const sequence = `${tab.title}: the Tab sequence: ${stops.map(describeStop).join('; ')}`
  const tabList = stops.findIndex((s) => s.role === 'tab')
  const share = stops.filter((s) => s.toolbar === t['share.label']).map((s) => s.name)
  const shareAt = stops.findIndex((s) => s.toolbar === t['share.label'])
  const panel = stops.findIndex((s) => s.role === 'tabpanel')
  const filters = stops.findIndex((s) => s.isFilter)
  const fromTop = tabList >= 0
  if (!isPhone || fromTop) {
    const names = isPhone
      ? [t['share.menu'], t['share.present']]
      : [t['share.copyLink'], t['cite.title'], t['share.embed'], t['share.deck'], t['share.present']]
    expect.soft(share, `${tab.title}: the share buttons, in order`).toEqual(names)
    const order = isPhone ? [shareAt, tabList] : [tabList, shareAt]
    if (fromTop)
      expect
        .soft(order, `the share buttons ${isPhone ? 'before' : 'after'} the tablist; ${sequence}`)
        .toEqual([...order].sort((x, y) => x - y))
  }
  expect
    .soft(panel, `Tab reaches the tab panel; ${sequence}`)
    .toBeGreaterThan(Math.max(tabList, isPhone ? -1 : shareAt))
  expect.soft(filters, `Tab reaches the filters after the panel; ${sequence}`).toBeGreaterThan(panel)
  expect
    .soft(
      isFilterOpener(tab, t, isPhone)(stops.at(-1) ?? null),
      `the walk ends at ${tab.title}'s filters' button; ${sequence}`,
    )
    .toBe(true)
  const unringed = stops
    .filter((s) => !s.ring.isVisible)
    .map((s) => `${describeStop(s)} [outline: ${s.ring.outline}; box-shadow: ${s.ring.shadow} on ${s.ring.on}]`)
  expect.soft(unringed, `${tab.title}: a visible focus ring (outline or box-shadow) at every Tab stop`).toEqual([])
}

/** From the filters' opener, focused: Enter opens the choices; Space ticks one and writes the link, Space again undoes both; Escape closes them. */
async function expectFilterKeys(page: Page, t: Catalog, stopAt: () => Promise<FocusStop | null>, tab: TabSpec) {
  await test.step(`${tab.title}: Enter opens the filters; Space ticks a choice and writes the link, Space again undoes both; Escape closes them`, async () => {
    const button = await stopAt()
    await page.keyboard.press('Enter')
    // The dropdown's choices follow its button in the Tab order; the sheet's follow its Close button.
    let choice: FocusStop | null = null
    for (let press = 0; press < MAX_TAB_PRESSES && choice?.role !== 'checkbox'; press += 1) {
      await page.keyboard.press('Tab')
      choice = await stopAt()
      if (!choice?.isFilter) break
    }
    expect(describeStop(choice), `Enter on ${describeStop(button)}, then Tab, reaches a filter's checkbox`).toMatch(
      /^checkbox ".+" in ".+" \(filter\)$/,
    )
    const choices = page.getByRole('group', { name: choice?.group ?? '', exact: true }).filter({ visible: true })
    await expect(choices, `the choices of ${choice?.group} shown`).toBeVisible()
    const firstEnabled = filterBar(page, t).locator('input[type=checkbox]:enabled').filter({ visible: true }).first()
    await expect.soft(firstEnabled, 'Tab reaches the first checkbox that can be ticked').toBeFocused()
    expect.soft(choice?.ring.isVisible, `a visible focus ring on ${describeStop(choice)}`).toBe(true)

    const searchBefore = searchOf(page)
    await page.keyboard.press('Space')
    await poll(async () => (await stopAt())?.checked, `Space toggles ${describeStop(choice)}`).toBe(!choice?.checked)
    await poll(() => searchOf(page), `Space on ${describeStop(choice)} changes the URL`).not.toBe(searchBefore)
    await page.keyboard.press('Space')
    await poll(async () => (await stopAt())?.checked, `Space again on ${describeStop(choice)}`).toBe(choice?.checked)
    await poll(() => searchOf(page), `Space again on ${describeStop(choice)} restores the URL`).toBe(searchBefore)

    await page.keyboard.press('Escape')
    await expect(choices, `Escape closes the choices of ${choice?.group}`).toBeHidden()
    await poll(async () => describeStop(await stopAt()), 'Escape returns focus to the button that opened them').toBe(
      describeStop(button),
    )
  })
}

/** Presses Shift+Tab until the focus stop matches; whether it did. */
async function shiftTabUntil(
  page: Page,
  stopAt: () => Promise<FocusStop | null>,
  isWanted: (stop: FocusStop | null) => boolean,
) {
  for (let press = 0; press < MAX_TAB_PRESSES; press += 1) {
    await page.keyboard.press('Shift+Tab')
    if (isWanted(await stopAt())) return true
  }
  return false
}

type ChartLabels = { title: string; unitLine: string; labels: string[] }
type TableValues = { title: string; values: string[]; rows: number }

/** The value labels Recharts writes beside the bars (bold; a narrow chart's row labels are not), per bar chart, top to bottom. */
function readChartLabels(page: Page): Promise<ChartLabels[]> {
  return barCharts(tabPanel(page)).evaluateAll((figures) =>
    figures.map((figure) => {
      const texts = [...figure.querySelectorAll<SVGTextElement>('.recharts-label-list text[font-weight="600"]')]
        .map((text) => ({ text: text.textContent?.trim() ?? '', y: text.getBoundingClientRect().y }))
        .filter(({ text }) => text !== '')
        .sort((a, b) => a.y - b.y)
      return {
        title: figure.querySelector('h3')?.textContent ?? '(untitled)',
        unitLine: figure.querySelector('header p:nth-of-type(2)')?.textContent ?? '',
        labels: texts.map(({ text }) => text),
      }
    }),
  )
}

/** Each figure's table that has a "Value" column (a bar chart's table), as that column. */
function readTableValues(page: Page, valueHeader: string): Promise<TableValues[]> {
  return tabPanel(page)
    .getByRole('figure')
    .evaluateAll(
      (figures, header) =>
        figures.flatMap((figure) => {
          const title = figure.querySelector('h3')?.textContent ?? '(untitled)'
          const table = figure.querySelector('table')
          if (!table) return []
          const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent?.trim() === header)
          if (column < 0) return []
          const rows = [...table.querySelectorAll('tbody tr')]
          const values = rows.map((row) => row.querySelectorAll('th, td')[column]?.textContent?.trim() ?? '(no cell)')
          return [{ title, values, rows: rows.length }]
        }),
      valueHeader,
    )
}

/** The rows shown of the figures drawn in HTML (the industry matrix, the proposal columns): table rows or list items. */
const htmlRows = (within: Locator) => within.getByRole('figure').locator('table tbody tr, li').filter({ visible: true })
