import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { Scope } from '../report.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The part of axe-core's result this check reads (the page has axe as a global, not a module). */
type AxeRun = (
  context: Document,
  options: object,
) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>

type AxeViolation = {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; summary: string }[]
}

/**
 * axe-core against WCAG 2.0–2.2 A and AA. The page's CSP (script-src 'self') blocks an injected
 * <script> element, which is what addScriptTag does with a file's content; the source is evaluated
 * over CDP (Runtime.evaluate) instead, which the CSP does not govern. The header stays as strict.
 */
export async function checkAxe(scope: Scope, page: Page, what = 'the page'): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window)
  if (!hasAxe) await page.evaluate(axeSource)

  const violations = await page.evaluate(async (tags): Promise<AxeViolation[]> => {
    const { axe } = window as unknown as { axe: { run: AxeRun } }
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part))),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }))
  }, AXE_TAGS)

  const expected = `0 axe violations (${AXE_TAGS.join(', ')}) on ${what}`
  if (violations.length === 0) scope.expect('axe', true, expected, '')
  // One failure per rule, so the summary can merge the same rule failing in several states.
  for (const violation of violations) scope.expect('axe', false, expected, describeViolation(violation).join('\n'))
}

function describeViolation(violation: AxeViolation): string[] {
  const lines = [`${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}, ${violation.nodes.length} node(s):`]
  for (const node of violation.nodes.slice(0, 4)) {
    lines.push(`        ${node.target.join(', ')}: ${node.summary.slice(0, 240)}`)
  }
  if (violation.nodes.length > 4) lines.push(`        …and ${violation.nodes.length - 4} more node(s)`)
  return lines
}
