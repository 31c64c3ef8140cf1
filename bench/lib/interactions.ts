import type { Page } from 'playwright-core'
import { en } from '../../src/i18n/en.ts'
import { tabs, type Tab } from '../../src/view-state/view.ts'
import { countBars, readMarks, timeClick, waitForQuiet, type ClickTiming } from './browser.ts'

type TabSwitch = { tab: Tab; isFirstVisit: boolean; timing: ClickTiming | null; bars: number }
type FilterChange = { isOn: boolean; timing: ClickTiming | null }

export type InteractionRun = {
  tabSwitches: TabSwitch[]
  filterChanges: FilterChange[]
  /** Bars drawn in the overview with the Kind › Target filter off and on. */
  filterBars: { off: number; on: number }
  longestTaskMs: number
}

const QUIET_MS = 300
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const tabButton = (page: Page, tab: Tab) => page.getByRole('tab', { name: en[`tab.${tab}`], exact: true })

async function panelOf(page: Page, tab: Tab): Promise<string> {
  const id = await tabButton(page, tab).getAttribute('aria-controls')
  if (!id) throw new Error(`the ${tab} tab names no panel (aria-controls)`)
  return id
}

/** Clicks a tab and waits until its title shows and the page has gone quiet. */
async function switchTab(
  page: Page,
  tab: Tab,
  timeoutMs: number,
): Promise<{ panel: string; timing: ClickTiming | null }> {
  const panel = await panelOf(page, tab)
  const timing = await timeClick(
    page,
    () => tabButton(page, tab).click(),
    // The title comes in the same render as the rest of the tab's first screen (src/charts/tab-opening.tsx).
    { shown: `${tab}-title`, panel: null, bars: null, param: null },
    timeoutMs,
  )
  await waitForQuiet(page, QUIET_MS, timeoutMs)
  return { panel, timing }
}

/**
 * On a page showing the Overview: `tabSamples` tab switches, round the tabs in order, each timed
 * from the click to the frame with the new tab's first screen; then `filterSamples` clicks on the
 * Kind › Target checkbox (in the Kind dropdown, opened first), on and off, each timed to the frame
 * with the filtered bars and the URL updated.
 */
export async function runInteractions(
  page: Page,
  options: { tabSamples: number; filterSamples: number; timeoutMs: number },
): Promise<InteractionRun> {
  const { timeoutMs } = options
  const startedAt = await page.evaluate(() => performance.now())
  const visited = new Set<Tab>(['overview'])
  const tabSwitches: TabSwitch[] = []
  for (let i = 0; i < options.tabSamples; i++) {
    const tab = tabs[(i + 1) % tabs.length] ?? 'overview'
    const { panel, timing } = await switchTab(page, tab, timeoutMs)
    tabSwitches.push({ tab, isFirstVisit: !visited.has(tab), timing, bars: await countBars(page, panel) })
    visited.add(tab)
  }

  let panel = await panelOf(page, 'overview')
  if ((await tabButton(page, 'overview').getAttribute('aria-selected')) !== 'true') {
    panel = (await switchTab(page, 'overview', timeoutMs)).panel
  }
  const kindDropdown = page
    .locator(`[id="${panel}"]`)
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(en['filter.kind'])}:`) })
  await kindDropdown.click()
  const checkbox = page
    .getByRole('group', { name: en['filter.kind'], exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(en['kind.target'])}\\b`) })
  const off = await countBars(page, panel)
  await checkbox.click()
  await waitForQuiet(page, QUIET_MS, timeoutMs)
  const on = await countBars(page, panel)
  await checkbox.click()
  await waitForQuiet(page, QUIET_MS, timeoutMs)

  const filterChanges: FilterChange[] = []
  for (let i = 0; i < options.filterSamples; i++) {
    const isOn = i % 2 === 0
    // When the filter leaves as many bars as before, only the URL tells the new view has drawn.
    const bars = on === off ? null : isOn ? on : off
    const timing = await timeClick(
      page,
      () => checkbox.click(),
      { shown: null, panel, bars, param: ['kind', isOn ? 'target' : null] },
      timeoutMs,
    )
    filterChanges.push({ isOn, timing })
    await waitForQuiet(page, QUIET_MS, timeoutMs)
  }
  if (options.filterSamples % 2 === 1) {
    await checkbox.click()
    await waitForQuiet(page, QUIET_MS, timeoutMs)
  }

  const { longTasks } = await readMarks(page)
  const during = longTasks.filter((task) => task.start >= startedAt).map((task) => task.duration)
  return {
    tabSwitches,
    filterChanges,
    filterBars: { off, on },
    longestTaskMs: during.length > 0 ? Math.max(...during) : 0,
  }
}

/**
 * Switches the display to tables and counts the table rows each tab puts in the DOM, into `rows`
 * as it goes: a tab that times out leaves the counts of the tabs before it.
 */
export async function countTableRows(page: Page, timeoutMs: number, rows: Partial<Record<Tab, number>>): Promise<void> {
  for (const tab of tabs) {
    const panel = await panelOf(page, tab)
    if ((await tabButton(page, tab).getAttribute('aria-selected')) !== 'true') {
      await tabButton(page, tab).click()
      await waitForQuiet(page, QUIET_MS, timeoutMs)
    }
    // The radio is visually hidden behind its segmented label: click the label, as a mouse user does.
    const radio = page.getByRole('radio', { name: en['chart.showTable'], exact: true })
    // Tabs kept in the background have the same controls and tables, hidden: use the shown ones.
    const label = page.locator(`[id="${panel}"] label`).filter({ has: radio, visible: true }).first()
    if (!(await label.locator('input').isChecked())) await label.click()
    try {
      await page.locator(`[id="${panel}"] tbody tr`).filter({ visible: true }).first().waitFor({ timeout: timeoutMs })
    } catch {
      throw new Error(`the ${tab} tab drew no table row within ${timeoutMs / 1000} s`)
    }
    await waitForQuiet(page, QUIET_MS, timeoutMs)
    rows[tab] = await page.locator(`[id="${panel}"] tbody tr`).filter({ visible: true }).count()
  }
}
