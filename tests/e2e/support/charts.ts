import { expect, type Locator, type Page } from '@playwright/test'
import { poll } from './poll.ts'

/**
 * Recharts draws each bar in one of these; there is no role or name to find them by. Count and wait
 * for the shown ones only: tabs kept in the background hold theirs too, hidden.
 */
export const BAR_SELECTOR = '.recharts-bar-rectangle'
/** A bar of the static chart in the HTML, before Recharts has taken its place (static-bar-chart.tsx). */
export const STATIC_BAR_SELECTOR = '.static-bar'

/** The tab panel shown (tabs kept in the background are hidden, so not found by role). */
export const tabPanel = (page: Page): Locator => page.getByRole('tabpanel')

export const shownBars = (within: Locator | Page): Locator => within.locator(BAR_SELECTOR).filter({ visible: true })

/** The panel's figures that are bar charts (a matrix or the proposal columns are HTML, with no bars). */
export const barCharts = (within: Locator): Locator =>
  within.getByRole('figure').filter({ has: within.page().locator('.bar-chart') })

/** Waits until the tab's panel has Recharts' bars: for a tab with a bar chart (Overview, NEV ecosystem). */
export async function waitForBars(page: Page): Promise<void> {
  await expect(shownBars(tabPanel(page)).first(), 'the tab draws its first bars').toBeVisible()
}

/**
 * Waits until the tab shows its opening: the dataset loaded, the lazy tab arrived. Tabs visited
 * before stay in the panel, hidden, so the heading looked for is a shown one.
 */
export async function waitForTab(page: Page): Promise<void> {
  await expect(
    tabPanel(page).locator('h3, h4').filter({ visible: true }).first(),
    'the tab shows its opening',
  ).toBeVisible()
}

/** The titles of the panel's bar charts that Recharts has not drawn yet. */
const undrawnCharts = (page: Page) =>
  barCharts(tabPanel(page)).evaluateAll(
    (figures, bar) =>
      figures
        .filter((figure) => figure.querySelectorAll(bar).length === 0)
        .map((figure) => figure.querySelector('h3')?.textContent ?? '(untitled figure)'),
    BAR_SELECTOR,
  )

/** Waits for the settled view: the tab shown and every bar chart of it drawn by Recharts. */
export async function waitForEveryChart(page: Page): Promise<void> {
  await waitForTab(page)
  await poll(() => undrawnCharts(page), 'every bar chart of the tab drawn').toEqual([])
}

/**
 * Picks "Chart" or "Table" as a mouse user does: the radio is visually hidden behind its segmented
 * label, so the label is what gets clicked.
 */
export async function chooseDisplay(within: Locator, choice: string): Promise<void> {
  // `has` finds the radio inside each label, so it is written from the page, not from `within`.
  const radio = within.page().getByRole('radio', { name: choice, exact: true })
  await within.locator('label').filter({ has: radio }).first().click()
  await expect(within.getByRole('radio', { name: choice, exact: true }).first()).toBeChecked()
}
