import type { Page } from '@playwright/test'
import { en } from '../../src/i18n/en.ts'
import { expect, test } from './fixtures.ts'
import { chooseDisplay, tabPanel, waitForEveryChart } from './support/charts.ts'
import { TABS, tabUrl } from './support/tabs.ts'

/** The narrowest phone the layout must fit: every tab, as charts and as tables, without sideways scrolling. */

test.use({ viewport: { width: 360, height: 780 } })

for (const tab of TABS) {
  test(`the ${tab.title} tab fits a 360 px phone as charts and as tables`, async ({ page }) => {
    await page.goto(tabUrl(tab))
    await waitForEveryChart(page)
    expect.soft(await overflow(page), 'no horizontal scroll on the chart view').toEqual(noOverflow)
    await chooseDisplay(tabPanel(page), 'Table')
    // On a phone the industry matrix is a list of industries, each with the lists naming it, in either display.
    const tables = tabPanel(page)
      .getByRole('table')
      .or(tabPanel(page).getByRole('list', { name: en['clusters.matrix.title'], exact: true }))
    await expect(tables.first(), 'the table view shown').toBeVisible()
    expect.soft(await overflow(page), 'no horizontal scroll on the table view').toEqual(noOverflow)
  })
}

const noOverflow = { scrollsSideways: false, stickingOut: [] }

/** Whether the document is wider than the window, and the outermost elements that stick out if it is. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : ''
      const className =
        typeof element.className === 'string' && element.className
          ? `.${element.className.trim().split(/\s+/).slice(0, 3).join('.')}`
          : ''
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      return `<${element.tagName.toLowerCase()}${id}${className}> "${text}" right edge ${Math.round(element.getBoundingClientRect().right)} px`
    }
    // Content inside a scrolling or clipping box (a wide table in its scroller) cannot widen the page.
    const isContained = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true
      }
      return false
    }
    const scrollsSideways = document.documentElement.scrollWidth > width
    if (!scrollsSideways) return { scrollsSideways, stickingOut: [] as string[] }
    const wide = [...document.body.querySelectorAll('*')].filter(
      (element) => element.getBoundingClientRect().right > width + 0.5 && !isContained(element),
    )
    const outermost = wide.filter((element) => !wide.some((other) => other !== element && other.contains(element)))
    return { scrollsSideways, stickingOut: outermost.slice(0, 6).map(describe) }
  })
}
