import { cleanup, screen } from '@testing-library/react'
import axe from 'axe-core'
import { tabs } from '@/view-state/view'
import { loadDataset } from '../fixtures/dataset'
import { renderApp } from '../render-app'

const headlineId = loadDataset().facts.find((fact) => fact.isHeadline)?.id

/** What axe can check without layout: roles, names, structure (not colour contrast, which needs rendering). */
async function violationsOn(url: string) {
  renderApp({ url })
  await screen.findByRole('tabpanel')
  await screen.findAllByRole('figure').catch(() => [])
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })
  cleanup()
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}×): ${violation.nodes[0]?.failureSummary?.split('\n')[1]?.trim()}`,
  )
}

describe('accessibility', () => {
  beforeAll(() => {
    // axe probes canvas for icon fonts; jsdom has none and says so loudly.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  })

  it('has no violations axe can find on any tab, as tables, or in a source panel', { timeout: 60_000 }, async () => {
    const urls = [...tabs.map((tab) => `/?tab=${tab}&show=table`), `/?source=${headlineId}`]
    const found: Record<string, string[]> = {}
    for (const url of urls) {
      const violations = await violationsOn(url)
      if (violations.length > 0) found[url] = violations
    }
    expect(found).toEqual({})
  })
})
