import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe-core against WCAG 2.0–2.2 A and AA, one soft assertion listing every violation. AxeBuilder
 * evaluates axe over CDP, which the page's CSP (script-src 'self') does not govern: the header
 * stays as strict.
 */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  await test.step(`axe on ${what}`, async () => {
    const results = await new AxeBuilder({ page })
      .options({ runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] })
      .setLegacyMode(true)
      .analyze()
    const violations = results.violations.map((violation) => {
      const nodes = violation.nodes
        .slice(0, 4)
        .map(
          (node) =>
            `${node.target.join(' >>> ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim().slice(0, 240)}`,
        )
      const more = violation.nodes.length > 4 ? [`…and ${violation.nodes.length - 4} more node(s)`] : []
      return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}: ${[...nodes, ...more].join('; ')}`
    })
    expect.soft(violations, `no axe violations (${AXE_TAGS.join(', ')}) on ${what}`).toEqual([])
  })
}
