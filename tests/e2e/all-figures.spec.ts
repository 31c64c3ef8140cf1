import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import type { Dataset } from '@/data/schema'
import { en } from '../../src/i18n/en.ts'
import { parseCsv } from '../charts/export/parse-csv.ts'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { tabPanel } from './support/charts.ts'
import { setFilterChoice } from './support/filters.ts'
import { download, paramOf } from './support/page-reads.ts'
import { poll } from './support/poll.ts'
import { APP_PATH, DIST_DIR } from './support/site.ts'
import { DATASET_PATH } from './static-server.ts'

/**
 * The All figures tab, once (it is kept out of the tab matrix, tabs.spec.ts): every figure and list
 * in two tables, sorted and filtered from the URL, each row a link to its figure, the whole dataset
 * downloaded as CSV and as the published JSON file, checked by axe and on a 360 px phone.
 */

const URL = '?tab=all-figures'
const published = () => readFileSync(resolve(DIST_DIR, DATASET_PATH))
const factsTable = (page: Page) => tabPanel(page).getByRole('table', { name: en['allFigures.facts'], exact: true })
const rowLabels = (table: Locator) => table.locator('tbody th[scope="row"]').allTextContents()
const columnHeader = (table: Locator, name: string) => table.getByRole('columnheader', { name, exact: true })

async function openTab(page: Page, url = URL) {
  await page.goto(url)
  await expect(factsTable(page), 'the table of figures').toBeVisible()
}

test('a column heading sorts the table: aria-sort says how, and the rows change order', async ({ page }) => {
  await openTab(page)
  const table = factsTable(page)
  const before = await rowLabels(table)
  const value = columnHeader(table, en['table.value'])
  await expect(value).not.toHaveAttribute('aria-sort')
  await value.getByRole('button').click()
  await expect(value, 'sorted ascending').toHaveAttribute('aria-sort', 'ascending')
  await poll(() => rowLabels(table), 'the rows in another order').not.toEqual(before)
  expect(paramOf(page, 'sort')).toBe('value')

  await value.getByRole('button').click()
  await expect(value, 'sorted descending').toHaveAttribute('aria-sort', 'descending')
  expect(paramOf(page, 'sort')).toBe('value:desc')
})

test('a kind and a text filter narrow the rows, the link holds them, and a reload restores them', async ({ page }) => {
  await openTab(page)
  const table = factsTable(page)
  const all = (await rowLabels(table)).length
  await setFilterChoice(page, en, en['filter.kind'], en['kind.context'], true)
  await poll(() => paramOf(page, 'kind'), 'kind in the link').toBe('context')
  await poll(async () => (await rowLabels(table)).length, 'fewer rows').toBeLessThan(all)
  const context = (await rowLabels(table)).length

  await tabPanel(page).getByRole('searchbox', { name: en['filter.text'] }).fill('vehicles')
  await poll(() => paramOf(page, 'q'), 'the text in the link').toBe('vehicles')
  await poll(async () => (await rowLabels(table)).length, 'fewer rows again').toBeLessThan(context)
  const shown = await rowLabels(table)
  expect(shown.length).toBeGreaterThan(0)

  await page.reload()
  await expect(factsTable(page)).toBeVisible()
  await poll(() => rowLabels(factsTable(page)), 'the same rows after a reload').toEqual(shown)
  await expect(tabPanel(page).getByRole('searchbox', { name: en['filter.text'] })).toHaveValue('vehicles')
})

test('a row’s link opens its figure in its tab, with its source panel', async ({ page }) => {
  await openTab(page)
  await factsTable(page).getByRole('link', { name: 'Supporting suppliers at all levels', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Supporting suppliers at all levels' })).toBeVisible()
  expect(paramOf(page, 'source')).toBe('nev-suppliers')
  expect(paramOf(page, 'tab')).toBe('nev')
  await expect(page.getByRole('tab', { name: en['tab.nev'] })).toHaveAttribute('aria-selected', 'true')
})

test('the CSV has a byte-order mark, both languages’ labels, safe cells and a row per fact', async ({
  context,
  page,
}) => {
  // A dataset whose first figure would run as a formula in a spreadsheet, served for the app's own URL.
  const dataset = JSON.parse(published().toString('utf8')) as Dataset
  const fact = dataset.facts[0]
  if (!fact) throw new Error('the dataset has no facts')
  fact.label.en = '=HYPERLINK("https://evil.example","x")'
  fact.label.zh = '@SUM(1+1)'
  await context.route(
    (url) => url.pathname === `${APP_PATH}${DATASET_PATH}`,
    (route) => route.fulfill({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(dataset) }),
  )
  await openTab(page, `${URL}&kind=target`)
  const saved = await download(page, tabPanel(page).getByRole('button', { name: en['allFigures.csv'] }))
  expect(saved.name).toBe('all-figures-en.csv')
  expect(saved.bytes.subarray(0, 3).toString('hex'), 'a UTF-8 byte-order mark').toBe('efbbbf')
  const [header = [], ...records] = parseCsv(saved.bytes.toString('utf8').replace(/^\uFEFF/, ''))
  expect(header).toContain('Figure (English)')
  expect(header).toContain('Figure (Chinese)')
  expect(records, 'one row per fact, whatever the filters').toHaveLength(dataset.facts.length)
  const first = records.find((record) => record[0] === fact.id) ?? []
  expect(first[header.indexOf('Figure (English)')]).toBe(`'${fact.label.en}`)
  expect(first[header.indexOf('Figure (Chinese)')]).toBe(`'${fact.label.zh}`)
})

test('the JSON download is the published data/dataset.json, byte for byte', async ({ page }) => {
  await openTab(page)
  const saved = await download(page, tabPanel(page).getByRole('link', { name: en['allFigures.json'] }))
  expect(saved.name).toBe('dataset.json')
  expect(saved.bytes.equals(published()), 'the same bytes').toBe(true)
})

test('passes axe, and fits a 360 px phone without sideways scrolling', async ({ page }, testInfo) => {
  await openTab(page, `${URL}&sort=label`)
  await expectNoAxeViolations(page, 'the All figures tab')
  await page.setViewportSize({ width: 360, height: 780 })
  await expect(factsTable(page)).toBeVisible()
  const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)
  expect(scrollsSideways, 'no horizontal scroll on the page').toBe(false)
  await saveScreenshot(page, testInfo, 'all-figures-phone', { fullPage: true })
})
