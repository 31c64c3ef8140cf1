import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import type { Lang } from './fixtures.ts'
import { expect, test } from './fixtures.ts'
import { chooseDisplay, tabPanel, waitForEveryChart } from './support/charts.ts'
import { filterLegends, openFilter } from './support/filters.ts'
import { catalogs } from './support/i18n.ts'
import { TABS, tabUrl } from './support/tabs.ts'

/**
 * What each tab says, as a reader meets it, in both languages: its headline figures on the first
 * screen of a phone and of a laptop; no filter option that would leave nothing can be chosen; one
 * colour per kind of figure, on every tab, and no other category in those colours; no number shown
 * with more significant figures than its source, nor more than one decimal before a scale word.
 */

const LANGS: Lang[] = ['en', 'zh']
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
]
const KINDS = ['reported', 'target', 'derived', 'context'] as const

type DatasetFact = { id: string; value: number; derivation?: { significantFigures?: number } }
const dataset = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')) as {
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
function shownValues(page: Page, valueHeader: string): Promise<string[]> {
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

for (const lang of LANGS) {
  const t = catalogs[lang]

  test.describe(`in ${lang === 'en' ? 'English' : 'Chinese'}`, () => {
    for (const screen of SCREENS) {
      test(`each tab's headline figures are on the first screen of a ${screen.width}×${screen.height} ${screen.name}`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: screen.width, height: screen.height })
        for (const tab of TABS) {
          await page.goto(tabUrl(tab, lang === 'zh' ? { lang } : {}))
          const cards = tabPanel(page).locator('[id$="-title-headlines"] + ul > li')
          await expect(cards.first(), `${tab.title}: headline figures shown`).toBeVisible()
          const boxes = await cards.evaluateAll((items) =>
            items.map((item) => {
              const box = item.getBoundingClientRect()
              return { text: item.querySelector('p')?.textContent ?? '', top: box.top, bottom: box.bottom }
            }),
          )
          expect.soft(boxes.length, `${tab.title}: at least one headline figure`).toBeGreaterThan(0)
          const below = boxes.filter((box) => box.bottom > screen.height || box.top < 0).map((box) => box.text)
          expect.soft(below, `${tab.title}: headline figures below the first screen`).toEqual([])
        }
      })
    }

    for (const screen of SCREENS) {
      test(`no filter option with nothing behind it can be chosen, ${screen.name}`, async ({ page }) => {
        await page.setViewportSize({ width: screen.width, height: screen.height })
        for (const tab of TABS) {
          await page.goto(tabUrl(tab, lang === 'zh' ? { lang } : {}))
          await waitForEveryChart(page)
          const legends = await filterLegends(page, t)
          expect.soft(legends.length, `${tab.title}: filters`).toBeGreaterThan(0)
          for (const legend of legends) {
            const { group, close } = await openFilter(page, t, legend)
            const options = await group.locator('label').evaluateAll((labels) =>
              labels.map((label) => ({
                text: label.textContent?.trim() ?? '',
                isEnabled: !(label.querySelector('input') as HTMLInputElement | null)?.disabled,
              })),
            )
            expect.soft(options.length, `${tab.title} › ${legend}: options`).toBeGreaterThan(0)
            const emptyButEnabled = options.filter((o) => o.isEnabled && /\(0\)$/.test(o.text)).map((o) => o.text)
            expect.soft(emptyButEnabled, `${tab.title} › ${legend}: enabled options with a count of 0`).toEqual([])
            await close()
          }
        }
      })
    }

    test('a kind has one colour on every tab, and nothing else has it', async ({ page }) => {
      const kindNames = Object.fromEntries(KINDS.map((kind) => [t[`kind.${kind}`], kind]))
      const coloursByKind = new Map<string, Set<string>>()
      for (const tab of TABS) {
        await page.goto(tabUrl(tab, lang === 'zh' ? { lang } : {}))
        await waitForEveryChart(page)
        // A kind's swatch is followed by the kind's name (headline figures, legends).
        const swatches = await tabPanel(page).evaluate((panel) =>
          [...panel.querySelectorAll('svg[aria-hidden="true"] > rect[rx="2"]')].map((rect) => {
            const name = rect.parentElement?.nextElementSibling?.textContent ?? ''
            return { name, stroke: getComputedStyle(rect).stroke }
          }),
        )
        expect.soft(swatches.length, `${tab.title}: kind swatches`).toBeGreaterThan(0)
        for (const { name, stroke } of swatches) {
          const kind = Object.entries(kindNames).find(([label]) => name.startsWith(label))?.[1]
          if (!kind) continue
          coloursByKind.set(kind, new Set([...(coloursByKind.get(kind) ?? []), stroke]))
        }

        const kindColours = [...coloursByKind.values()].flatMap((set) => [...set])
        const others = await tabPanel(page).evaluate((panel, colours) => {
          const found: string[] = []
          for (const element of panel.querySelectorAll<HTMLElement | SVGElement>('*')) {
            // Kind marks: swatches, the bars (filled by kind), the derived sentences' dashed border.
            if (element.closest('svg[aria-hidden="true"]') || element.closest('.recharts-bar-rectangle')) continue
            if (element.closest('.border-kind-derived')) continue
            const style = getComputedStyle(element)
            for (const paint of [style.backgroundColor, style.fill, style.stroke, style.borderTopColor]) {
              if (colours.includes(paint)) found.push(`<${element.tagName.toLowerCase()}> ${paint}`)
            }
          }
          return [...new Set(found)]
        }, kindColours)
        expect.soft(others, `${tab.title}: elements other than kind marks in a kind's colour`).toEqual([])
      }
      for (const kind of KINDS) {
        const colours = [...(coloursByKind.get(kind) ?? [])]
        if (colours.length > 0) expect.soft(colours, `the ${kind} kind's colour on every tab`).toHaveLength(1)
      }
      const distinct = new Set([...coloursByKind.values()].map((set) => [...set][0]))
      expect.soft(distinct.size, 'each kind a colour of its own').toBe(coloursByKind.size)
      expect.soft(coloursByKind.size, 'kinds seen across the tabs').toBeGreaterThanOrEqual(3)
    })

    test('no number shows more precision than its source', async ({ page }) => {
      const scaleWord =
        lang === 'en' ? /(\d+\.\d{2,})\s*(thousand|million|billion|trillion|[KMBT]\b)/ : /(\d+\.\d{2,})(万亿|亿|万)/
      for (const tab of TABS) {
        await page.goto(tabUrl(tab, lang === 'zh' ? { lang } : {}))
        await waitForEveryChart(page)
        const asCharts = await shownValues(page, t['table.value'])
        await chooseDisplay(tabPanel(page), t['chart.showTable'])
        await expect(tabPanel(page).getByRole('table').first(), `${tab.title}: tables shown`).toBeVisible()
        const asTables = await shownValues(page, t['table.value'])
        const values = [...new Set([...asCharts, ...asTables])]
        expect.soft(values.length, `${tab.title}: values read`).toBeGreaterThan(0)
        const problems = values.flatMap((text) =>
          numbersIn(text).flatMap((number) => {
            const problem = precisionProblem(number)
            return problem ? [`"${text}": ${problem}`] : []
          }),
        )
        expect.soft(problems, `${tab.title}: values more precise than their sources`).toEqual([])
        const overScaled = values.filter((text) => scaleWord.test(text))
        expect.soft(overScaled, `${tab.title}: more than one decimal before a scale word`).toEqual([])
      }
    })
  })
}
