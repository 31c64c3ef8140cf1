import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { STEP_TIMEOUT_MS, type Viewport } from './config.ts'
import { STATE_HEADER } from './static-server.ts'

const CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * Every host except 127.0.0.1 is unresolvable, so a stray CDN font or analytics call fails loudly
 * instead of quietly working on a developer's machine and breaking on the intranet.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
]

/**
 * One browser for the whole run. launch() starts Chromium on a new temporary profile that is
 * deleted on close, and every state gets its own new context, so no cookie, cache or storage is
 * carried from a previous run or from another state.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

export type CspViolation = { directive: string; blockedURI: string; sample: string; source: string }
export type ConsoleLine = { text: string; url: string }

/** Everything a page did that a healthy page must not: errors, blocked content, stray requests. */
export type PageRecord = {
  requests: { url: string; method: string; resourceType: string }[]
  errorResponses: { url: string; status: number }[]
  failedRequests: { url: string; error: string }[]
  consoleErrors: ConsoleLine[]
  /** Console lines about the Content-Security-Policy, of any level. */
  cspConsole: ConsoleLine[]
  cspViolations: CspViolation[]
  pageErrors: string[]
}

export type InstrumentedPage = { context: BrowserContext; page: Page; record: PageRecord }

const CSP_BINDING = '__e2eReportCspViolation'

/**
 * A fresh context and page that record console errors, uncaught errors, CSP violations (from the
 * `securitypolicyviolation` event, reported to Node straight away so a reload loses none) and
 * every request with its outcome.
 */
export async function openInstrumentedPage(
  browser: Browser,
  options: { viewport: Viewport; colorScheme: 'light' | 'dark'; stateName: string },
): Promise<InstrumentedPage> {
  const context = await browser.newContext({
    viewport: options.viewport,
    colorScheme: options.colorScheme,
    locale: 'en-GB',
    timezoneId: 'Asia/Shanghai',
    extraHTTPHeaders: { [STATE_HEADER]: options.stateName },
  })
  context.setDefaultTimeout(STEP_TIMEOUT_MS)
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS)

  const record: PageRecord = {
    requests: [],
    errorResponses: [],
    failedRequests: [],
    consoleErrors: [],
    cspConsole: [],
    cspViolations: [],
    pageErrors: [],
  }

  // tsx compiles with esbuild's keepNames, which wraps functions declared inside page.evaluate
  // callbacks in a __name() helper that exists only in Node; give the page a no-op one.
  // A string, so it is not itself compiled by esbuild.
  await context.addInitScript({ content: 'globalThis.__name ??= (target) => target' })
  // Bindings and init scripts are installed over CDP, so the page's CSP does not apply to them.
  await context.exposeBinding(CSP_BINDING, (_source, violation: CspViolation) => {
    record.cspViolations.push(violation)
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

  context.on('request', (request) => {
    record.requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType() })
  })
  context.on('response', (response) => {
    if (response.status() >= 400) record.errorResponses.push({ url: response.url(), status: response.status() })
  })
  context.on('requestfailed', (request) => {
    record.failedRequests.push({ url: request.url(), error: request.failure()?.errorText ?? 'unknown error' })
  })
  context.on('console', (message) => {
    const line = { text: message.text(), url: message.location().url }
    if (/content[- ]security[- ]policy/i.test(line.text)) record.cspConsole.push(line)
    else if (message.type() === 'error') record.consoleErrors.push(line)
  })

  const page = await context.newPage()
  page.on('pageerror', (error) => record.pageErrors.push(error.stack?.split('\n').slice(0, 2).join(' ') ?? error.message))
  return { context, page, record }
}
