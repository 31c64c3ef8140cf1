import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { waitForEveryChart } from './support/charts.ts'

/** The figure finder, in the built app: its keys, its matching, where Enter goes and Esc returns. */

const finderField = (page: Page) => page.getByRole('combobox', { name: /Find a figure|查找数据/ })
const results = (page: Page) => page.getByRole('listbox').getByRole('option')

async function openPage(page: Page, query = '') {
  await page.goto(query)
  await waitForEveryChart(page)
  await expect(page.getByRole('button', { name: /Find a figure|查找数据/ })).toBeEnabled()
}

test('"/" opens the finder; a number written another way finds the figure; Enter opens its source panel', async ({
  page,
}) => {
  await openPage(page)
  await page.keyboard.press('/')
  await expect(finderField(page)).toBeFocused()
  await finderField(page).fill('1600家')
  await expect(results(page).first()).toContainText('Supporting suppliers at all levels')
  await expect(results(page).first()).toContainText('more than 1,600 enterprises')
  // An English page writes 1,600 enterprises; the match is in the Chinese, shown beside it.
  await expect(results(page).first().locator('mark')).toHaveText(['1600家'])
  await expect(results(page).first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\?tab=nev&source=nev-suppliers$/)
  await expect(page.getByRole('dialog', { name: 'Supporting suppliers at all levels' })).toBeVisible()
  await expect(page.getByRole('tab', { name: /NEV/ })).toHaveAttribute('aria-selected', 'true')
})

test('Ctrl+K opens the finder from anywhere; the arrow keys move; Esc closes it and gives focus back', async ({
  page,
}) => {
  await openPage(page)
  const findButton = page.getByRole('button', { name: 'Find a figure' })
  await findButton.focus()
  await page.keyboard.press('Control+k')
  await expect(finderField(page)).toBeFocused()
  await finderField(page).fill('2.7 million')
  await expect(results(page).first()).toContainText('nearly 2.7 million vehicles')
  await page.keyboard.press('ArrowDown')
  await expect(results(page).nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(finderField(page)).toHaveAttribute(
    'aria-activedescendant',
    (await results(page).nth(1).getAttribute('id')) ?? '',
  )
  await page.keyboard.press('Escape')
  await expect(finderField(page)).toHaveCount(0)
  await expect(findButton).toBeFocused()
  await expect(page).not.toHaveURL(/source=/)
})

test('a Chinese page finds by Chinese and by English, and shows the figure as it writes it', async ({ page }) => {
  await openPage(page, '?lang=zh')
  await page.keyboard.press('/')
  await finderField(page).fill('许林')
  await expect(results(page).first()).toContainText('许林')
  await finderField(page).fill('270万')
  await expect(results(page).first()).toContainText('近270万辆')
  await expect(results(page).first().locator('mark').first()).toHaveText('270万')
  await finderField(page).fill('Liangjiang')
  await expect(results(page).first()).toContainText('两江')
})

test('the finder fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 })
  await openPage(page, '?lang=zh')
  const findButton = page.getByRole('button', { name: '查找数据' })
  await expect(findButton).toBeVisible()
  await findButton.click()
  await finderField(page).fill('新能源')
  await expect(results(page).first()).toBeVisible()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    dialog: document.querySelector('dialog[open]')?.scrollWidth ?? 0,
    dialogBox: document.querySelector('dialog[open]')?.clientWidth ?? 0,
  }))
  expect(widths.page).toBeLessThanOrEqual(360)
  expect(widths.dialog).toBeLessThanOrEqual(widths.dialogBox)
})

test('an embed has no finder', async ({ page }) => {
  await page.goto('?embed=1')
  await expect(page.getByRole('link', { name: /Open full view/ })).toBeVisible()
  await page.keyboard.press('/')
  await page.keyboard.press('Control+k')
  await expect(finderField(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Find a figure' })).toHaveCount(0)
})
