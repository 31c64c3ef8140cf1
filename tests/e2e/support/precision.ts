import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { tabPanel } from './charts.ts'

/**
 * No number shown with more significant figures than its source: each number a reader sees must
 * read as a fact of the dataset rounded to the figures shown, and that fact's source must give at
 * least as many.
 */

type DatasetFact = { id: string; value: number; derivation?: { significantFigures?: number } }
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/dataset.json'), 'utf8')) as {
  facts: DatasetFact[]
}

/** Significant figures of a number as written: "11.0" has 3, "1,600" and "1600" 2, "0.05" 1. */
function significantFigures(written: string): number {
  const digits = written.replaceAll(',', '')
  const [whole = '', fraction] = digits.split('.')
  const all = (whole + (fraction ?? '')).replace(/^0+/, '')
  return Math.max(1, (fraction === undefined ? all.replace(/0+$/, '') : all).length)
}

/** A number's significant digits, without trailing zeros: 2,912,903,000,000 → "2912903". */
const digitsOf = (value: number) =>
  (value.toExponential(12).split('e')[0] ?? '').replace('.', '').replace(/0+$/, '').replace(/^-/, '') || '0'

/** How many significant figures the source gives a fact: a derived figure says; others as stored. */
const sourceFigures = (fact: DatasetFact) => fact.derivation?.significantFigures ?? digitsOf(fact.value).length

/** The numbers in a value as shown, without the years some labels carry ("+284 on 2022", "比2022年多2840"). */
const numbersIn = (text: string) => text.replace(/\b20[0-4]\d\b/g, ' ').match(/\d[\d,]*(?:\.\d+)?/g) ?? []

/**
 * Why a number shown is more precise than its source, or null: it must read as some fact of the
 * dataset rounded to the figures shown, and that fact's source must have at least as many.
 */
function precisionProblem(written: string): string | null {
  const shown = significantFigures(written)
  const digits = digitsOf(Number(written.replaceAll(',', '')))
  const matches = dataset.facts.filter((fact) => digitsOf(Number(fact.value.toPrecision(shown))) === digits)
  if (matches.length === 0) return `${written} reads as no figure of the dataset`
  if (matches.some((fact) => sourceFigures(fact) >= shown)) return null
  return `${written} has ${shown} significant figures; its source (${matches.map((f) => `${f.id}: ${sourceFigures(f)}`).join(', ')}) fewer`
}

/** Values as a reader sees them: the headline figures, the charts' value labels, or the tables' value column. */
export function shownValues(page: Page, valueHeader: string): Promise<string[]> {
  return tabPanel(page).evaluate((panel, header) => {
    const headlines = [...panel.querySelectorAll('[id$="-title-headlines"] + ul > li > p:first-of-type')]
    // Value labels are bold; a narrow chart's row labels above the bars are not.
    const labels = [...panel.querySelectorAll('.recharts-label-list text[font-weight="600"]')]
    const cells = [...panel.querySelectorAll('table')].flatMap((table) => {
      const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent?.trim() === header)
      if (column < 0) return []
      return [...table.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('th, td')[column] ?? row)
    })
    return [...headlines, ...labels, ...cells]
      .filter((element) => (element as HTMLElement).checkVisibility?.() ?? true)
      .map((element) => element.textContent?.replace('†', '').trim() ?? '')
      .filter((text) => text !== '')
  }, valueHeader)
}

/** More than one decimal before a scale word: "2.73 million", "270.5万". */
const OVER_SCALED = {
  en: /(\d+\.\d{2,})\s*(thousand|million|billion|trillion|[KMBT]\b)/,
  zh: /(\d+\.\d{2,})(万亿|亿|万)/,
}

/** What is wrong with the precision of the values shown, one line each; empty when nothing is. */
export function precisionProblems(values: string[], lang: 'en' | 'zh'): string[] {
  const unsourced = values.flatMap((text) =>
    numbersIn(text).flatMap((number) => {
      const problem = precisionProblem(number)
      return problem ? [`"${text}": ${problem}`] : []
    }),
  )
  const overScaled = values
    .filter((text) => OVER_SCALED[lang].test(text))
    .map((text) => `"${text}": more than one decimal before a scale word`)
  return [...unsourced, ...overScaled]
}
