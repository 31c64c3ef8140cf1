import { expect, saveScreenshot, test } from './fixtures.ts'
import { expectNoAxeViolations } from './support/axe.ts'
import { ERROR_CASES } from './support/error-cases.ts'
import { ORIGIN } from './support/site.ts'
import { DATASET_PATH } from './static-server.ts'

/**
 * A broken dataset, each under its own sub-path of the same build (serve.ts), gives a designed
 * error state, never a blank page: the panel names what went wrong (for a schema failure, the field
 * path), offers a retry, and the tablist still works. Runs at desktop size (light) and phone size (dark).
 */

for (const errorCase of ERROR_CASES) {
  test(`a dataset that is ${errorCase.what} shows the error panel, on every tab`, async ({
    page,
    health,
  }, testInfo) => {
    const mountUrl = `${ORIGIN}${errorCase.mount}`
    health.allowRequestsUnder(mountUrl)
    if (errorCase.expectedErrorStatus)
      health.expectFailedResponse(`${mountUrl}${DATASET_PATH}`, errorCase.expectedErrorStatus)

    await page.goto(errorCase.mount)
    const panel = page.getByRole('alert').filter({ hasText: errorCase.title })
    await expect(panel, `an alert titled "${errorCase.title}"`).toBeVisible()
    await saveScreenshot(page, testInfo, `error-${errorCase.id}-${testInfo.project.name}`, { fullPage: true })
    await expectNoAxeViolations(page, 'the error panel')

    for (const detail of errorCase.details)
      await expect.soft(panel, `the panel mentions "${detail}"`).toContainText(detail)
    await expect.soft(page.getByRole('button', { name: 'Retry' }), 'one "Retry" button').toHaveCount(1)
    await expect.soft(page.getByRole('tablist').getByRole('tab'), 'a tablist with 5 tabs').toHaveCount(5)

    // Another tab must say the same, not go blank.
    await page.getByRole('tab', { name: 'NEV ecosystem' }).click()
    await expect
      .soft(page.getByRole('alert').filter({ hasText: errorCase.title }), 'the same error panel on the NEV tab')
      .toBeVisible()
  })
}
