import { expect, type Locator, type Page } from '@playwright/test'
import type { Catalog } from '../../../src/i18n/en.ts'
import { tabPanel } from './charts.ts'
import { choiceName } from './i18n.ts'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The "Filters (n)" button that opens the filters sheet; shown on phones, in place of the dropdowns. */
const sheetButton = (page: Page, t: Catalog) =>
  tabPanel(page).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(t['filter.open']).replace(escapeRegExp('{count}'), '\\d+')}$`),
  })

/** The tab's filters section: dropdowns on a desk, the "Filters (n)" button on a phone. */
export const filterBar = (page: Page, t: Catalog) => tabPanel(page).getByRole('region', { name: t['filter.label'] })

/** Opens the "Filters (n)" sheet (phones); returns it and how to close it. */
async function openFilterSheet(page: Page, t: Catalog): Promise<{ sheet: Locator; close: () => Promise<void> }> {
  await sheetButton(page, t).click()
  const sheet = page.getByRole('dialog', { name: t['filter.label'] })
  await expect(sheet, 'the filters sheet opens').toBeVisible()
  return {
    sheet,
    close: async () => {
      await sheet.getByRole('button', { name: t['dialog.close'], exact: true }).click()
      await expect(sheet, 'the filters sheet closes').toBeHidden()
    },
  }
}

/**
 * Opens the filter named `legend` as a reader does: its dropdown on a desk, the "Filters (n)" sheet
 * on a phone. Returns the group of its choices and how to close what was opened.
 */
export async function openFilter(
  page: Page,
  t: Catalog,
  legend: string,
): Promise<{ group: Locator; close: () => Promise<void> }> {
  if (await sheetButton(page, t).isVisible()) {
    const { sheet, close } = await openFilterSheet(page, t)
    return { group: sheet.getByRole('group', { name: legend, exact: true }), close }
  }
  const summary = t['filter.summary'].replace('{filter}', legend).replace('{value}', '')
  await filterBar(page, t)
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(summary)}`) })
    .click()
  const group = page.getByRole('group', { name: legend, exact: true }).filter({ visible: true })
  await expect(group, `the ${legend} dropdown opens`).toBeVisible()
  return {
    group,
    close: async () => {
      await page.keyboard.press('Escape')
      await expect(group, `the ${legend} dropdown closes`).toBeHidden()
    },
  }
}

/** The names of the tab's filters: from their dropdowns ("Kind: All"), or from the sheet's groups. */
export async function filterLegends(page: Page, t: Catalog): Promise<string[]> {
  const separator = t['filter.summary'].replace('{filter}', '').replace('{value}', '')
  const dropdowns = await filterBar(page, t)
    .locator('button[popovertarget]')
    .filter({ visible: true })
    .allTextContents()
  if (dropdowns.length > 0) return dropdowns.map((text) => text.split(separator)[0]?.trim() ?? text)
  const { sheet, close } = await openFilterSheet(page, t)
  const legends = await sheet.locator('fieldset > legend').allTextContents()
  await close()
  return legends.map((legend) => legend.trim())
}

/** Ticks or unticks one choice of a filter, through its dropdown or the sheet, then closes it. */
export async function setFilterChoice(page: Page, t: Catalog, legend: string, choice: string, isOn: boolean) {
  const { group, close } = await openFilter(page, t, legend)
  const box = group.getByRole('checkbox', { name: choiceName(choice) })
  await box.click()
  await expect(box, `${choice} ${isOn ? 'ticked' : 'unticked'}`).toBeChecked({ checked: isOn })
  await close()
}
