import type { PageRecord } from '../browser.ts'
import { listOf, type Scope } from '../report.ts'
import type { ServedRequest } from '../static-server.ts'

export type HealthOptions = {
  /** Every request must start with this: the server's origin and the app's sub-path. */
  allowedPrefix: string
  /** What the server answered 404 outside every sub-path for this page state. */
  strayRequests: ServedRequest[]
  /** A response meant to fail (the missing dataset): its URL and status. */
  expectedError?: { url: string; status: number }
}

// data: and blob: URLs are the page's own bytes (allowed by img-src), not network requests.
const isLocalScheme = (url: string) => url.startsWith('data:') || url.startsWith('blob:')

/**
 * What the page did while it was checked: no console errors, no uncaught errors, no CSP
 * violations, no request off the sub-path, and no failed request.
 */
export function checkHealth(scope: Scope, record: PageRecord, options: HealthOptions) {
  const { allowedPrefix, strayRequests, expectedError } = options
  const isExpected = (url: string, status?: number) =>
    expectedError !== undefined && url === expectedError.url && (status === undefined || status === expectedError.status)

  const consoleErrors = record.consoleErrors.filter(
    // Chromium logs every failed response; the deliberate one is checked below, by status.
    (line) => !(isExpected(line.url) && line.text.startsWith('Failed to load resource')),
  )
  scope.expect('console', consoleErrors.length === 0, '0 console errors', () =>
    `${consoleErrors.length}: ${listOf(consoleErrors.map((line) => `${line.text.slice(0, 300)} (${line.url})`))}`,
  )

  scope.expect('page-errors', record.pageErrors.length === 0, '0 uncaught page errors', () =>
    `${record.pageErrors.length}: ${listOf(record.pageErrors)}`,
  )

  const violations = record.cspViolations.map(
    (v) => `${v.directive} blocked ${v.blockedURI || '(inline)'}${v.sample ? ` "${v.sample.slice(0, 80)}"` : ''}${v.source ? ` at ${v.source}` : ''}`,
  )
  scope.expect('csp', violations.length === 0, '0 CSP violations', () => `${violations.length}: ${listOf(violations)}`)
  scope.expect('csp', record.cspConsole.length === 0, '0 console messages about the CSP', () =>
    `${record.cspConsole.length}: ${listOf(record.cspConsole.map((line) => line.text.slice(0, 300)))}`,
  )

  const offOrigin = record.requests.filter((r) => !isLocalScheme(r.url) && !r.url.startsWith(allowedPrefix))
  scope.expect('requests', offOrigin.length === 0, `0 requests outside ${allowedPrefix}`, () =>
    `${offOrigin.length}: ${listOf(offOrigin.map((r) => `${r.method} ${r.url} (${r.resourceType})`))}`,
  )

  // Some requests (a favicon the browser fetches for the page) never reach the page's network
  // events; the server still sees them.
  scope.expect('requests', strayRequests.length === 0, '0 requests reaching the server outside the sub-path', () =>
    `${strayRequests.length}: ${listOf(strayRequests.map((r) => `${r.method} ${r.url} (${r.status})`))}`,
  )

  const badResponses = record.errorResponses.filter((r) => !isExpected(r.url, r.status))
  scope.expect('requests', badResponses.length === 0, '0 responses with status >= 400', () =>
    `${badResponses.length}: ${listOf(badResponses.map((r) => `${r.status} ${r.url}`))}`,
  )
  if (expectedError) {
    const seen = record.errorResponses.filter((r) => isExpected(r.url, r.status)).length
    scope.expect('requests', seen > 0, `the deliberate ${expectedError.status} for ${expectedError.url}`, 'no such response')
  }

  // ERR_ABORTED is the browser cancelling a request it no longer needs (the page navigated on
  // while the favicon loaded); blocked, refused and unresolvable requests have their own codes.
  const failed = record.failedRequests.filter((r) => !isLocalScheme(r.url) && r.error !== 'net::ERR_ABORTED')
  scope.expect('requests', failed.length === 0, '0 failed requests', () =>
    `${failed.length}: ${listOf(failed.map((r) => `${r.url} (${r.error})`))}`,
  )
}
