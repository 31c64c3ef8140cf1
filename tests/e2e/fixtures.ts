import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test'
import { APP_URL, ORIGIN } from './support/site.ts'
import { STRAY_REQUESTS_PATH, STATE_HEADER } from './static-server.ts'

/**
 * The suite's `test`: Playwright's, with the options the projects set (playwright.config.ts) and a
 * health check around every test. Specs import `test` and `expect` from here.
 */

export type Lang = 'en' | 'zh'

export type SuiteOptions = {
  /** Query parameters every tab view of the project carries (`{ theme: 'dark' }`, `{ lang: 'zh' }`). */
  viewQuery: Record<string, string>
  /** The language the project's pages are in (from `viewQuery`). */
  lang: Lang
  /** Whether the project's pages are dark (the system's scheme, or `?theme=dark`). */
  isDark: boolean
}

/** What a test may tell the health check: where its requests may go, and what is meant to fail. */
export type Health = {
  /** Requests may go only under these absolute URL prefixes, in place of the app's sub-path. */
  allowRequestsUnder: (...prefixes: string[]) => void
  /** A response meant to fail (a missing dataset): not an error, and it must happen. */
  expectFailedResponse: (url: string, status: number) => void
}

type HealthRecord = {
  requests: string[]
  errorResponses: { url: string; status: number }[]
  failedRequests: { url: string; error: string }[]
  consoleErrors: { text: string; url: string }[]
  /** Console lines about the Content-Security-Policy, of any level. */
  cspConsole: string[]
  cspViolations: string[]
  pageErrors: string[]
  /** Every console line and uncaught error, kept for a failed test. */
  log: string[]
}

type CspViolation = { directive: string; blockedURI: string; sample: string; source: string }

const CSP_BINDING = '__e2eReportCspViolation'

// data: and blob: URLs are the page's own bytes (allowed by img-src), not network requests.
const isLocalScheme = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank'

/**
 * Records what the context's pages do that a healthy page must not: console errors, uncaught
 * errors, CSP violations (from the `securitypolicyviolation` event, reported to Node at once so a
 * reload loses none), requests off the allowed prefix, responses of 400 or more, failed requests.
 * Bindings and init scripts are installed over CDP, so the page's CSP does not apply to them.
 */
async function recordHealth(context: BrowserContext): Promise<HealthRecord> {
  const record: HealthRecord = {
    requests: [],
    errorResponses: [],
    failedRequests: [],
    consoleErrors: [],
    cspConsole: [],
    cspViolations: [],
    pageErrors: [],
    log: [],
  }
  await context.exposeBinding(CSP_BINDING, (_source, v: CspViolation) => {
    const sample = v.sample ? ` "${v.sample.slice(0, 80)}"` : ''
    record.cspViolations.push(
      `${v.directive} blocked ${v.blockedURI || '(inline)'}${sample}${v.source ? ` at ${v.source}` : ''}`,
    )
  })
  await context.addInitScript((binding: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)[binding]
      report?.({
        directive: event.effectiveDirective || event.violatedDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '',
      })
    })
  }, CSP_BINDING)

  context.on('request', (request) => record.requests.push(request.url()))
  context.on('response', (response) => {
    if (response.status() >= 400) record.errorResponses.push({ url: response.url(), status: response.status() })
  })
  context.on('requestfailed', (request) => {
    record.failedRequests.push({ url: request.url(), error: request.failure()?.errorText ?? 'unknown error' })
  })
  context.on('console', (message) => {
    const { url, lineNumber } = message.location()
    const line = { text: message.text(), url }
    record.log.push(`[${message.type()}] ${line.text}${url ? ` (${url}:${lineNumber})` : ''}`)
    if (/content[- ]security[- ]policy/i.test(line.text)) record.cspConsole.push(line.text.slice(0, 300))
    else if (message.type() === 'error') record.consoleErrors.push(line)
  })
  context.on('weberror', (webError) => {
    const error = webError.error()
    const text = error.stack?.split('\n').slice(0, 2).join(' ') ?? error.message
    record.pageErrors.push(text)
    record.log.push(`[uncaught] ${text}`)
  })
  return record
}

/** The requests that reached the server outside every sub-path with this test's tag. */
async function strayRequestsOf(testInfo: TestInfo): Promise<string[]> {
  const response = await fetch(`${ORIGIN}${STRAY_REQUESTS_PATH}?state=${encodeURIComponent(testInfo.testId)}`)
  const stray = (await response.json()) as { method: string; url: string; status: number }[]
  return stray.map((r) => `${r.method} ${r.url} (${r.status})`)
}

/** The checks, each its own soft assertion, so one failing does not hide the others. */
async function checkHealth(
  record: HealthRecord,
  testInfo: TestInfo,
  allowed: string[],
  expected: { url: string; status: number }[],
) {
  const isExpected = (url: string, status?: number) =>
    expected.some((e) => e.url === url && (status === undefined || e.status === status))

  // Chromium logs every failed response; the deliberate one is checked below, by status.
  const consoleErrors = record.consoleErrors
    .filter((line) => !(isExpected(line.url) && line.text.startsWith('Failed to load resource')))
    .map((line) => `${line.text.slice(0, 300)} (${line.url})`)
  expect.soft(consoleErrors, 'no console errors').toEqual([])
  expect.soft(record.pageErrors, 'no uncaught page errors').toEqual([])
  expect.soft(record.cspViolations, 'no CSP violations').toEqual([])
  expect.soft(record.cspConsole, 'no console messages about the CSP').toEqual([])

  const offPrefix = record.requests.filter(
    (url) => !isLocalScheme(url) && !allowed.some((prefix) => url.startsWith(prefix)),
  )
  expect.soft(offPrefix, `no requests outside ${allowed.join(' and ')}`).toEqual([])
  // Some requests (a favicon the browser fetches for the page) never reach the page's network
  // events; the server still sees them.
  expect.soft(await strayRequestsOf(testInfo), 'no requests reaching the server outside the sub-paths').toEqual([])

  const badResponses = record.errorResponses
    .filter((r) => !isExpected(r.url, r.status))
    .map((r) => `${r.status} ${r.url}`)
  expect.soft(badResponses, 'no responses with status 400 or more').toEqual([])
  for (const { url, status } of expected) {
    const seen = record.errorResponses.filter((r) => r.url === url && r.status === status)
    expect.soft(seen.length, `the deliberate ${status} for ${url}`).toBeGreaterThan(0)
  }
  // ERR_ABORTED is the browser cancelling a request it no longer needs (the page navigated on
  // while a chunk loaded); blocked, refused and unresolvable requests have their own codes.
  const failed = record.failedRequests
    .filter((r) => !isLocalScheme(r.url) && r.error !== 'net::ERR_ABORTED')
    .map((r) => `${r.url} (${r.error})`)
  expect.soft(failed, 'no failed requests').toEqual([])
}

export const test = base.extend<SuiteOptions & { health: Health }>({
  viewQuery: [{}, { option: true }],
  lang: ['en', { option: true }],
  isDark: [false, { option: true }],

  // Every request of the test's context carries the test's id, for the server's stray list.
  // (`provide`, not `use`: the React hooks lint rule would take a function named `use` for React's.)
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    await provide({ ...extraHTTPHeaders, [STATE_HEADER]: testInfo.testId })
  },

  health: [
    async ({ context }, use, testInfo) => {
      const record = await recordHealth(context)
      let allowed = [APP_URL]
      const expected: { url: string; status: number }[] = []
      await use({
        allowRequestsUnder: (...prefixes) => {
          allowed = prefixes
        },
        expectFailedResponse: (url, status) => expected.push({ url, status }),
      })
      await test.step('the pages stayed healthy', () => checkHealth(record, testInfo, allowed, expected), { box: true })
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('console', {
          body: record.log.join('\n') || '(nothing logged)',
          contentType: 'text/plain',
        })
      }
    },
    { auto: true },
  ],
})

export { expect }

/** Where the screenshots for people to look at go: test-results/screenshots/, git-ignored. */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  const dir = resolve(testInfo.project.outputDir, 'screenshots')
  await mkdir(dir, { recursive: true })
  const path = resolve(dir, `${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.png`)
  if (options.fullPage) await withAllRendered(page, () => page.screenshot({ path, fullPage: true }))
  else await page.screenshot({ path })
}

/**
 * Runs `capture` with the cards and lists that the page skips while off screen rendered (a
 * full-page screenshot does not scroll, so it would show their places empty), then lets the page
 * skip them again.
 */
async function withAllRendered<T>(page: Page, capture: () => Promise<T>): Promise<T> {
  const setAll = (value: string) =>
    page.evaluate((visibility) => {
      for (const element of document.querySelectorAll<HTMLElement>('.skip-offscreen'))
        element.style.contentVisibility = visibility
    }, value)
  await setAll('visible')
  try {
    return await capture()
  } finally {
    await setAll('')
  }
}
