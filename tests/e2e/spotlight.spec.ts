import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { shownBars } from './support/charts.ts'
import { download, paramOf } from './support/page-reads.ts'

/**
 * A bar in the spotlight: from a link, in the files a chart downloads as, by a click on a page
 * (with the figure's source) and on a slide (alone), by the keyboard, and cleared by Esc.
 */

const OUTPUT = 'Vehicles produced, Sichuan and Chongqing against China'
const SPOTLIT = 'nev-vehicles-jan-nov-2022'

/** The opacity of each shown bar, top to bottom, as drawn. */
const barOpacities = (figure: Locator) =>
  shownBars(figure).evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar.querySelector('path') ?? bar).opacity))

/** The font size of the value label that reads `text`, as drawn. */
const labelSize = (figure: Locator, text: string) =>
  figure
    .locator('svg.recharts-surface text', { hasText: text })
    .first()
    .evaluate((t) => parseFloat(getComputedStyle(t).fontSize))

const outputChart = (page: Page) => page.getByRole('figure', { name: OUTPUT, exact: true })

test('a spotlight from a link dims the other bars, is named in the summary, and goes into the SVG and PNG', async ({
  page,
}, testInfo) => {
  await page.goto(`?tab=nev&chart=output&spotlight=${SPOTLIT}`)
  const figure = outputChart(page)
  await expect(shownBars(figure)).toHaveCount(6)
  await expect(figure).toHaveAccessibleDescription(
    /^In the spotlight: Vehicles produced in Sichuan .*nearly 2\.7 million/,
  )
  await expect.poll(() => barOpacities(figure)).toEqual(['0.4', '1', '0.4', '0.4', '0.4', '0.4'])
  expect(await labelSize(figure, '≈2.7')).toBeGreaterThan(await labelSize(figure, '24.6'))
  await expect(figure.getByRole('button', { name: 'Clear the spotlight' })).toBeVisible()

  const svg = (await download(page, figure.getByRole('button', { name: /as SVG image/ }))).bytes.toString('utf8')
  const read = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml')
    const texts = [...parsed.querySelectorAll('text')]
    // A size is written where it differs from what the text inherits.
    const sizeOf = (text: string) => {
      for (let e: Element | null = texts.find((t) => t.textContent === text) ?? null; e; e = e.parentElement) {
        if (e.hasAttribute('font-size')) return Number(e.getAttribute('font-size'))
      }
      return 0
    }
    return {
      desc: parsed.querySelector('desc')?.textContent ?? '',
      dimmed: parsed.querySelectorAll('.recharts-bar-rectangle [opacity="0.4"], [opacity="0.4"]').length,
      spotlitSize: sizeOf('≈2.7'),
      otherSize: sizeOf('24.6'),
      link: texts.map((t) => t.textContent ?? '').find((t) => t.includes('spotlight=')) ?? '',
    }
  }, svg)
  expect.soft(read.desc, 'the file’s description names the figure').toMatch(/^In the spotlight: /)
  expect.soft(read.dimmed, 'the five other bars dimmed').toBe(5)
  expect.soft(read.spotlitSize, 'its value label larger').toBeGreaterThan(read.otherSize)
  expect.soft(read.link, 'the link back keeps the spotlight').toContain(`spotlight=${SPOTLIT}`)

  const png = await download(page, figure.getByRole('button', { name: /as PNG image/ }))
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  const dir = resolve(testInfo.project.outputDir, 'screenshots')
  await mkdir(dir, { recursive: true })
  await writeFile(resolve(dir, 'export-nev-output-spotlight.png'), png.bytes)
})

test('on a page a click spotlights a bar and opens its source; Esc on the chart clears it', async ({ page }) => {
  await page.goto('?tab=nev&chart=output')
  const figure = outputChart(page)
  await expect(shownBars(figure)).toHaveCount(6)
  await shownBars(figure).nth(1).click()
  await expect(page.getByRole('dialog', { name: /Vehicles produced in Sichuan/ })).toBeVisible()
  expect([paramOf(page, 'spotlight'), paramOf(page, 'source')]).toEqual([SPOTLIT, SPOTLIT])
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect.poll(() => barOpacities(figure)).toEqual(['0.4', '1', '0.4', '0.4', '0.4', '0.4'])
  await figure.locator('svg.recharts-surface').focus()
  await page.keyboard.press('Escape')
  await expect.poll(() => paramOf(page, 'spotlight')).toBeNull()
  await expect.poll(() => barOpacities(figure)).toEqual(['1', '1', '1', '1', '1', '1'])
})

test('on a slide the arrow keys choose a bar and Space spotlights it; a click moves it; Esc clears, then leaves', async ({
  page,
}) => {
  const deck = ['tab=nev&chart=output', 'tab=nev&chart=share'].map((v) => `view=${encodeURIComponent(v)}`).join('&')
  await page.goto(`?present=1&${deck}`)
  const figure = outputChart(page)
  await expect(shownBars(figure)).toHaveCount(6)
  await page.keyboard.press('Tab')
  await expect(figure.locator('svg.recharts-surface')).toBeFocused()
  // Recharts' keys in a chart of horizontal bars: ← goes down to the next bar, → back up.
  await page.keyboard.press('ArrowLeft')
  // The tooltip says which bar the keys chose.
  await expect(figure.getByText('nearly 2.7 million vehicles', { exact: true })).toBeVisible()
  await page.keyboard.press('Space')
  await expect.poll(() => paramOf(page, 'spotlight')).toBe(SPOTLIT)
  await expect(page.getByText('Slide 1 of 2', { exact: true })).toBeVisible()
  await expect.poll(() => barOpacities(figure)).toEqual(['0.4', '1', '0.4', '0.4', '0.4', '0.4'])

  await shownBars(figure).nth(0).click()
  await expect.poll(() => barOpacities(figure)).toEqual(['1', '0.4', '0.4', '0.4', '0.4', '0.4'])
  expect(paramOf(page, 'source'), 'a slide has no source panel').toBeNull()

  await page.keyboard.press('Escape')
  await expect.poll(() => paramOf(page, 'spotlight')).toBeNull()
  expect(paramOf(page, 'present')).toBe('1')
  await page.keyboard.press('Escape')
  await expect.poll(() => paramOf(page, 'present')).toBeNull()
})
