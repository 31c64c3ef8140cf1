import type { Page } from 'playwright-core'
import { listOf, type Scope } from '../report.ts'
import { BAR_SELECTOR, tabPanel, waitForBars } from './render.ts'
import { waitUntil } from './wait.ts'

/** A figure as a comparable value: qualifier symbol, number to 4 significant digits, and percent or not. */
type Figure = { qualifier: string; value: number; isPercent: boolean }

const QUALIFIER_WORDS: Record<string, string> = {
  'more than': '>',
  over: '>',
  exceed: '>',
  nearly: '≈',
  about: '~',
  reach: '→',
}
const SHORT_SCALES: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }
const LONG_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

// Chart labels are compact ("≈2.7M", ">1,600", "11.8%"); tables spell the figure out
// ("nearly 2.7 million vehicles"). Both must name the same figure.
const SHORT_LABEL = /^([>≈~→])?(?:US\$)?([\d.,]+)([KMBT])?(%)?$/
const LONG_VALUE =
  /^(more than|over|exceed|nearly|about|reach)?\s*(?:US\$)?([\d.,]+)(?:\s*(thousand|million|billion|trillion))?(%)?(?:\s+[\p{L}²/ ]+)?$/u

const toSignificant = (value: number) => Number(value.toPrecision(4))

export function parseChartLabel(text: string): Figure | null {
  const match = SHORT_LABEL.exec(text.trim())
  if (!match) return null
  const [, qualifier = '', digits = '', scale, percent] = match
  const value = Number(digits.replaceAll(',', '')) * (scale ? (SHORT_SCALES[scale] ?? 1) : 1)
  return Number.isFinite(value) ? { qualifier, value: toSignificant(value), isPercent: percent === '%' } : null
}

export function parseTableValue(text: string): Figure | null {
  const match = LONG_VALUE.exec(text.trim())
  if (!match) return null
  const [, word, digits = '', scale, percent] = match
  const value = Number(digits.replaceAll(',', '')) * (scale ? (LONG_SCALES[scale] ?? 1) : 1)
  if (!Number.isFinite(value)) return null
  return { qualifier: word ? (QUALIFIER_WORDS[word] ?? '?') : '', value: toSignificant(value), isPercent: percent === '%' }
}

const sameFigure = (a: Figure | null, b: Figure | null) =>
  a !== null && b !== null && a.qualifier === b.qualifier && a.value === b.value && a.isPercent === b.isPercent

type ChartLabels = { title: string; labels: string[] }
type TableValues = { title: string; values: string[]; rows: number }

/**
 * Switches to the table ("Table" radio) and back: each chart's table lists the same figures, in
 * the same order, as the chart's bar labels, and the link says ?show=table while it is shown.
 * `whileShown` runs other checks (axe) on the table view before switching back.
 */
export async function checkTable(scope: Scope, page: Page, whileShown?: () => Promise<void>): Promise<void> {
  const charts = await readChartLabels(page)
  await chooseDisplay(page, 'Table')
  const shown = await waitUntil(async () => {
    const tables = await tabPanel(page).getByRole('figure').getByRole('table').count()
    return tables === charts.length && (await tabPanel(page).locator(BAR_SELECTOR).filter({ visible: true }).count()) === 0
  })
  scope.expect('table', shown, `${charts.length} tables in place of the charts after choosing "Table"`, () => 'the charts still shown')
  scope.expect('table', new URL(page.url()).searchParams.get('show') === 'table', '?show=table in the URL', `"${page.url()}"`)

  const tables = await readTableValues(page)
  charts.forEach((chart, index) => {
    const table = tables[index]
    if (!table) return
    const labels = chart.labels.map(parseChartLabel).filter((figure) => figure !== null)
    scope.expect(
      'table',
      labels.length === table.rows,
      `chart "${chart.title}": one value label per table row (${table.rows})`,
      `${labels.length} value labels: ${listOf(chart.labels, 20)}`,
    )
    const matches =
      table.values.length === labels.length && table.values.every((text, i) => sameFigure(parseTableValue(text), labels[i] ?? null))
    scope.expect(
      'table',
      matches,
      `table "${table.title}" to list the chart's bar labels [${listOf(chart.labels, 20)}]`,
      `[${listOf(table.values, 20)}]`,
    )
  })

  if (whileShown) await whileShown()
  await chooseDisplay(page, 'Chart')
  await waitForBars(page)
}

/**
 * Picks "Chart" or "Table" as a mouse user does: the radio is visually hidden behind its segmented
 * label, so the label is what gets clicked.
 */
export async function chooseDisplay(page: Page, choice: 'Chart' | 'Table'): Promise<void> {
  const radio = page.getByRole('radio', { name: choice, exact: true })
  await tabPanel(page).locator('label').filter({ has: radio }).click()
  await waitUntil(() => radio.isChecked())
}

/** The text labels recharts writes beside the bars, per chart, in drawing order (top to bottom). */
async function readChartLabels(page: Page): Promise<ChartLabels[]> {
  return tabPanel(page)
    .getByRole('figure')
    .evaluateAll((figures) =>
      figures.map((figure) => {
        const texts = [...figure.querySelectorAll<SVGTextElement>('.recharts-label-list text')]
          .map((text) => ({ text: text.textContent?.trim() ?? '', y: text.getBoundingClientRect().y }))
          .filter(({ text }) => text !== '')
          .sort((a, b) => a.y - b.y)
        return { title: figure.querySelector('h3')?.textContent ?? '(untitled)', labels: texts.map(({ text }) => text) }
      }),
    )
}

/** Each table's value column: "Value" for figure tables, the total ("Number") for count tables. */
async function readTableValues(page: Page): Promise<TableValues[]> {
  return tabPanel(page)
    .getByRole('figure')
    .evaluateAll((figures) =>
      figures.map((figure) => {
        const title = figure.querySelector('h3')?.textContent ?? '(untitled)'
        const table = figure.querySelector('table')
        if (!table) return { title, values: [], rows: 0 }
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '')
        const column = headers.includes('Value') ? headers.indexOf('Value') : headers.lastIndexOf('Number')
        const rows = [...table.querySelectorAll('tbody tr')]
        const values = rows.map((row) => row.querySelectorAll('th, td')[column]?.textContent?.trim() ?? '(no cell)')
        return { title, values, rows: rows.length }
      }),
    )
}
