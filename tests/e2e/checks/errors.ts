import type { Page } from 'playwright-core'
import { TAB_SPECS, type ErrorCase } from '../config.ts'
import { listOf, type Scope } from '../report.ts'

/** Waits for the dataset error panel: the page's alert with the case's title. */
export async function waitForErrorPanel(page: Page, errorCase: ErrorCase): Promise<void> {
  await page.getByRole('alert').filter({ hasText: errorCase.title }).waitFor({ state: 'visible' })
}

/**
 * A broken dataset gives a designed error state, never a blank page: the panel names what went
 * wrong (and for a schema failure, the field path), offers a retry, and the tablist still works.
 */
export async function checkErrorState(scope: Scope, page: Page, errorCase: ErrorCase): Promise<void> {
  const panel = page.getByRole('alert').filter({ hasText: errorCase.title })
  const isVisible = await panel.isVisible()
  const pageText = (await page.locator('body').innerText()).replace(/\s+/g, ' ').trim()
  scope.expect('error-state', isVisible, `an alert titled "${errorCase.title}"`, `the page text "${pageText.slice(0, 300)}"`)
  const text = isVisible ? (await panel.innerText()).replace(/\s+/g, ' ') : ''
  for (const detail of errorCase.details) {
    scope.expect('error-state', text.includes(detail), `the panel to mention "${detail}"`, `"${text.slice(0, 300)}"`)
  }
  const retry = await page.getByRole('button', { name: 'Retry' }).count()
  scope.expect('error-state', retry === 1, 'one "Retry" button', String(retry))

  const tabs = await page.getByRole('tablist').getByRole('tab').allInnerTexts()
  scope.expect('error-state', tabs.length === TAB_SPECS.length, `a tablist with ${TAB_SPECS.length} tabs`, `${tabs.length}: ${listOf(tabs)}`)

  // Another tab must say the same, not go blank.
  const other = TAB_SPECS[2]
  if (other) {
    await page.getByRole('tab', { name: other.label }).click()
    const stillShown = await page
      .getByRole('alert')
      .filter({ hasText: errorCase.title })
      .waitFor({ state: 'visible', timeout: 3000 })
      .then(
        () => true,
        () => false,
      )
    const panelText = stillShown ? '' : (await page.getByRole('tabpanel').innerText()).replace(/\s+/g, ' ').slice(0, 300)
    scope.expect('error-state', stillShown, `the same error panel on the "${other.label}" tab`, `the panel text "${panelText}"`)
  }
}
