import type { Page } from '@playwright/test'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { en } from '../../src/i18n/en.ts'
import { zhCN } from '../../src/i18n/zh-CN.ts'
import { expectNoAxeViolations } from './support/axe.ts'

/**
 * The presenter view (issue 20): a second window on the same presentation, opened by the S key or
 * a button, with the slide on screen and the next, the time, and what to say. The two windows move
 * together both ways, and either goes on alone when the other is closed.
 */

test.use({ viewport: { width: 1366, height: 768 } })

/** The slide a window shows, as its URL says. */
const slideOf = (page: Page) => new URL(page.url()).searchParams.get('slide') ?? '1'
const counter = (slide: number) => new RegExp(`^Slide ${slide} of \\d+$`)

async function openPresenterView(audience: Page, how: 'button' | 'key'): Promise<Page> {
  const button = audience.getByRole('button', { name: en['presenterView.title'] })
  // The key works once the presentation has loaded: when its button shows.
  await expect(button).toBeVisible()
  const popup = audience.waitForEvent('popup')
  if (how === 'button') await button.click()
  else await audience.keyboard.press('s')
  const presenter = await popup
  await expect(presenter.getByRole('heading', { name: en['presenterView.title'], level: 1 })).toBeVisible()
  return presenter
}

test('the button opens the presenter view, and each window follows the other', async ({ page }, testInfo) => {
  await page.goto('?present=1')
  const presenter = await openPresenterView(page, 'button')
  await expect(presenter.getByText(counter(1))).toBeVisible()
  await expect(presenter.getByRole('heading', { name: en['presenterView.points'] })).toBeVisible()

  // The clicker in the audience's window: the presenter view follows.
  await page.keyboard.press('PageDown')
  await expect(page.getByText(counter(2))).toBeVisible()
  await expect(presenter.getByText(counter(2))).toBeVisible()
  await expect.poll(() => slideOf(presenter)).toBe('2')
  // Slide 2, the Overview's headlines (after the title slide); next, its trade chart.
  await expect(presenter.getByRole('heading', { name: /Next slide/ })).toContainText(en['overview.trade.title'])

  // The presenter's own keys and buttons: the audience follows.
  await presenter.keyboard.press('ArrowRight')
  await expect(page.getByText(counter(3))).toBeVisible()
  await expect.poll(() => slideOf(page)).toBe('3')
  await expect(page.getByRole('heading', { name: en['overview.trade.title'] })).toBeVisible()
  await presenter.getByRole('button', { name: en['presenterView.back'] }).click()
  await expect(page.getByText(counter(2))).toBeVisible()
  await expect.poll(() => slideOf(page)).toBe('2')
  await saveScreenshot(presenter, testInfo, 'presenter-view')
  await expectNoAxeViolations(presenter, 'the presenter view')
})

test('closing either window leaves the other working', async ({ page }) => {
  await page.goto('?present=1&slide=2')
  let presenter = await openPresenterView(page, 'key')
  await expect(presenter.getByText(counter(2))).toBeVisible()

  await presenter.close()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByText(counter(3))).toBeVisible()
  await expect.poll(() => slideOf(page)).toBe('3')

  // Opened again, on the audience's slide; then the audience's window closes.
  presenter = await openPresenterView(page, 'key')
  await expect(presenter.getByText(counter(3))).toBeVisible()
  await page.close()
  await presenter.keyboard.press('PageDown')
  await expect(presenter.getByText(counter(4))).toBeVisible()
  await presenter.keyboard.press('End')
  await expect(presenter.getByRole('heading', { name: /Next slide/ })).toContainText(en['presenterView.end'])
  await expect(presenter.getByRole('button', { name: en['presenterView.forward'] })).toBeDisabled()
})

test.describe('in Chinese, on a fake clock', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' })

  test('the presenter view keeps time and gives the slide’s talking points from the data', async ({ page }) => {
    await page.clock.install({ time: new Date('2023-01-13T09:30:00+08:00') })
    await page.goto('?present=1&presenter=1&slide=2&lang=zh')
    const elapsed = page.getByRole('timer', { name: zhCN['presenterView.elapsed'] })
    const clock = page.getByRole('timer', { name: zhCN['presenterView.clock'] })
    await expect(elapsed).toBeVisible()
    // The clock stops at a known time; the timer starts again from there.
    await page.clock.pauseAt(new Date('2023-01-13T09:31:00+08:00'))
    await page.getByRole('button', { name: zhCN['presenterView.reset'] }).click()
    await expect(elapsed).toHaveText('0:00')
    await expect(clock).toHaveText('09:31')

    await page.clock.runFor('01:05')
    await expect(elapsed).toHaveText('1:05')
    await page.getByRole('button', { name: zhCN['presenterView.pause'] }).click()
    await page.clock.runFor('01:00')
    await expect(elapsed).toHaveText('1:05')
    await expect(clock).toHaveText('09:33')
    await page.getByRole('button', { name: zhCN['presenterView.resume'] }).click()
    await page.clock.runFor('00:10')
    await expect(elapsed).toHaveText('1:15')

    // The trade chart's summary in Chinese, and the quote behind it with its speaker.
    const points = page.getByRole('region', { name: zhCN['presenterView.points'] })
    await expect(points).toContainText('万亿元')
    await expect(points.getByRole('heading', { name: zhCN['presenterView.quotes'] })).toBeVisible()
    await expect(points.locator('blockquote').first()).toBeVisible()
  })
})
