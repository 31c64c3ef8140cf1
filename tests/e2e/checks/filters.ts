import type { Page } from 'playwright-core'
import type { TabSpec } from '../config.ts'
import type { Scope } from '../report.ts'
import { countBars, tabPanel } from './render.ts'
import { waitUntil } from './wait.ts'

/** Ticking a filter redraws the chart with other bars and writes the filter into the link; unticking undoes both. */
export async function checkFilter(scope: Scope, page: Page, spec: TabSpec): Promise<void> {
  const { group, choice, param, value } = spec.filter
  const name = `filter ${group} › ${choice}`
  const checkbox = tabPanel(page)
    .getByRole('group', { name: group, exact: true })
    .getByRole('checkbox', { name: new RegExp(`^${choice}\\b`) })

  const before = await countBars(page)
  await checkbox.check()
  const changed = await waitUntil(async () => (await countBars(page)) !== before)
  const after = await countBars(page)
  scope.expect('filter', changed, `${name}: a bar count other than ${before}`, `${after} bars`)

  const search = new URL(page.url()).searchParams
  scope.expect('filter', search.get(param) === value, `${name}: ?${param}=${value} in the URL`, `"${page.url()}"`)

  await checkbox.uncheck()
  const restored = await waitUntil(async () => (await countBars(page)) === before)
  scope.expect('filter', restored, `${name} unticked: ${before} bars again`, `${await countBars(page)} bars`)
  const cleared = new URL(page.url()).searchParams.get(param)
  scope.expect('filter', cleared === null, `${name} unticked: no ?${param}= in the URL`, `"${page.url()}"`)
}
