import type { Locator, Page } from 'playwright-core'
import type { TabSpec, ThemeVariant } from '../config.ts'
import { listOf, type Scope } from '../report.ts'

/**
 * Recharts draws each bar in one of these; there is no role or name to find them by. Count and wait
 * for the shown ones only: tabs kept in the background draw theirs too, hidden.
 */
export const BAR_SELECTOR = '.recharts-bar-rectangle'

export const tabPanel = (page: Page): Locator => page.getByRole('tabpanel')

/** Waits until the tab's panel has drawn bars: the dataset loaded, the lazy tab arrived, recharts measured. */
export async function waitForBars(page: Page): Promise<void> {
  await tabPanel(page).locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor({ state: 'visible' })
}

export async function countBars(page: Page): Promise<number> {
  return tabPanel(page).locator(BAR_SELECTOR).filter({ visible: true }).count()
}

/** The tablist, the selected tab, every chart of the tab with bars, the known figures, and the theme. */
export async function checkRender(scope: Scope, page: Page, spec: TabSpec, theme: ThemeVariant): Promise<void> {
  const tabs = page.getByRole('tablist').getByRole('tab')
  const names = await tabs.allInnerTexts()
  scope.expect('render', names.length === 4, 'a tablist with 4 tabs', `${names.length}: ${listOf(names)}`)
  const selected = await page.getByRole('tab', { selected: true }).allInnerTexts()
  scope.expect('render', selected.length === 1 && selected[0] === spec.label, `the selected tab "${spec.label}"`, listOf(selected))

  const charts = await tabPanel(page)
    .getByRole('figure')
    .evaluateAll((figures, barSelector) =>
      figures.map((figure) => ({
        title: figure.querySelector('h3')?.textContent ?? '(untitled figure)',
        hasSvg: figure.querySelector('svg.recharts-surface') !== null,
        bars: figure.querySelectorAll(barSelector).length,
      })),
      BAR_SELECTOR,
    )
  scope.expect('render', charts.length > 0, 'at least one chart <figure> in the tab', '0')
  for (const chart of charts) {
    scope.expect(
      'render',
      chart.hasSvg && chart.bars > 0,
      `chart "${chart.title}" drawn as a recharts svg with bars`,
      chart.hasSvg ? '0 bars' : 'no recharts svg',
    )
  }

  for (const text of spec.figureTexts) {
    const visible = await tabPanel(page).getByText(text, { exact: true }).first().isVisible()
    scope.expect('render', visible, `the figure "${text}" visible`, 'it is missing or hidden')
  }

  const lightness = await backgroundLightness(page)
  scope.expect(
    'render',
    theme.isDark ? lightness < 0.5 : lightness > 0.5,
    `a ${theme.isDark ? 'dark' : 'light'} page background`,
    `a background of lightness ${lightness.toFixed(2)} (0 black, 1 white)`,
  )
}

/** The page background's relative lightness, 0–1, whatever colour syntax the CSS used. */
function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const colour = getComputedStyle(document.documentElement).backgroundColor
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d')
    if (!context) return Number.NaN
    context.fillStyle = colour
    context.fillRect(0, 0, 1, 1)
    const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  })
}
