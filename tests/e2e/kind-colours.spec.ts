import { expect, test } from './fixtures.ts'
import { tabPanel, waitForEveryChart } from './support/charts.ts'
import { catalogs } from './support/i18n.ts'
import { TABS, tabUrl } from './support/tabs.ts'

/**
 * One colour per kind of figure (reported, target, derived, context), the same on every tab, and no
 * other category in those colours. The colours do not depend on the language, so this runs in
 * English; what each tab shows in both languages is checked by the tab matrix (tabs.spec.ts).
 */

const KINDS = ['reported', 'target', 'derived', 'context'] as const
const t = catalogs.en

test('a kind has one colour on every tab, and nothing else has it', async ({ page }) => {
  const kindNames = Object.fromEntries(KINDS.map((kind) => [t[`kind.${kind}`], kind]))
  const coloursByKind = new Map<string, Set<string>>()
  for (const tab of TABS) {
    await page.goto(tabUrl(tab, {}))
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
