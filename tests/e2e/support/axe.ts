import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * axe-core against WCAG 2.0–2.2 A and AA, one soft assertion listing every violation; `within`
 * limits the run to what a selector matches. AxeBuilder evaluates axe over CDP, which the page's
 * CSP (script-src 'self') does not govern: the header stays as strict.
 */
export async function expectNoAxeViolations(page: Page, what: string, within?: string): Promise<void> {
  await test.step(`axe on ${what}`, async () => {
    const builder = new AxeBuilder({ page })
    // A part of the page, when the rest was checked in the same state already.
    if (within) builder.include(within)
    const results = await builder
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
