/**
 * The real-browser suite: serves the built dist/ below an intranet sub-path under a strict CSP,
 * and checks every tab in light and dark at desktop and phone sizes, plus the broken-dataset
 * states, in one Chromium. Run with `npm run test:e2e` (it builds first).
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openInstrumentedPage, type InstrumentedPage } from './browser.ts'
import {
  APP_PATH,
  CONCURRENCY,
  NARROW_VIEWPORT,
  TAB_SPECS,
  THEMES,
  VIEWPORTS,
  errorCases,
  type ErrorCase,
  type TabSpec,
  type ThemeVariant,
  type Viewport,
} from './config.ts'
import { formatFailure, groupFailures, listOf, Report, type Scope } from './report.ts'
import { DATASET_PATH, startStaticServer, type StaticServer } from './static-server.ts'
import { checkAxe } from './checks/axe.ts'
import { checkErrorState, waitForErrorPanel } from './checks/errors.ts'
import { checkFilter } from './checks/filters.ts'
import { checkHealth } from './checks/health.ts'
import { checkKeyboard } from './checks/keyboard.ts'
import { checkNoHorizontalScroll } from './checks/overflow.ts'
import { checkRender, waitForBars } from './checks/render.ts'
import { checkTable, chooseDisplay } from './checks/table.ts'
import { embedJobs } from './checks/embed.ts'
import { exportJobs } from './checks/export.ts'
import { hostileJobs } from './checks/hostile.ts'
import { presentJobs } from './checks/present.ts'
import { viewUrlJobs } from './checks/view-url.ts'
import { prerenderJobs } from './checks/prerender.ts'
import { chartJobs } from './checks/charts.ts'
import { withAllRendered } from './checks/app-page.ts'

// E2E_DIST points the suite at another build (a release candidate, a branch's dist).
const DIST_DIR = resolve(process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist'))
const SCREENSHOT_DIR = resolve(import.meta.dirname, 'screenshots')

type Suite = { browser: Browser; server: StaticServer; report: Report }
type Job = { name: string; run: (suite: Suite) => Promise<void> }

const sizeOf = (viewport: Viewport) => `${viewport.width}x${viewport.height}`
const slug = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')

function pageUrl(server: StaticServer, mount: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString()
  return `${server.urlOf(mount)}${query ? `?${query}` : ''}`
}

/** The tab's link as a reader would share it: overview is the default, so it has no ?tab=. */
const tabParams = (spec: TabSpec, extra: Record<string, string> = {}) => ({
  ...(spec.id === 'overview' ? {} : { tab: spec.id }),
  ...extra,
})

async function screenshot(scope: Scope, page: Page, name: string) {
  await scope.run('screenshot', async () => {
    await withAllRendered(page, () => page.screenshot({ path: resolve(SCREENSHOT_DIR, `${slug(name)}.png`), fullPage: true }))
  })
}

/** Opens an instrumented page, runs the body, then checks what the page did and closes it. */
async function withPage(
  suite: Suite,
  scope: Scope,
  options: { viewport: Viewport; colorScheme: 'light' | 'dark'; mount: string; expectedError?: { status: number } },
  body: (opened: InstrumentedPage) => Promise<void>,
) {
  await scope.timed(async () => {
    const opened = await openInstrumentedPage(suite.browser, { ...options, stateName: scope.name })
    try {
      await body(opened)
    } finally {
      const prefix = suite.server.urlOf(options.mount)
      checkHealth(scope, opened.record, {
        allowedPrefix: prefix,
        strayRequests: suite.server.strayRequests.filter((request) => request.state === scope.name),
        ...(options.expectedError ? { expectedError: { url: `${prefix}${DATASET_PATH}`, status: options.expectedError.status } } : {}),
      })
      await opened.context.close()
    }
  })
}

/** One tab in one theme at one size: render, screenshot, axe, table, filter, keyboard. */
function tabJob(spec: TabSpec, viewport: Viewport, theme: ThemeVariant): Job {
  const name = `${spec.id} @${sizeOf(viewport)} ${theme.id}`
  return {
    name,
    run: async (suite) => {
      const scope = suite.report.scope(name)
      const url = pageUrl(suite.server, APP_PATH, tabParams(spec, theme.params))
      await withPage(suite, scope, { viewport, colorScheme: theme.colorScheme, mount: APP_PATH }, async ({ page }) => {
        let isLoaded = false
        await scope.run('render', async () => {
          await page.goto(url)
          await waitForBars(page)
          isLoaded = true
          await checkRender(scope, page, spec, theme)
        })
        await screenshot(scope, page, `${spec.id}-${sizeOf(viewport)}-${theme.fileName}`)
        // Without a drawn tab every further check would only time out and repeat this failure.
        if (!isLoaded) return
        await scope.run('axe', () => checkAxe(scope, page, 'the chart view'))
        await scope.run('table', () => checkTable(scope, page, () => scope.run('axe', () => checkAxe(scope, page, 'the table view'))))
        await scope.run('filter', () => checkFilter(scope, page, spec))
        await scope.run('keyboard', async () => {
          await page.goto(url)
          await waitForBars(page)
          await checkKeyboard(scope, page, spec)
        })
      })
    },
  }
}

/** One tab at the narrowest phone width, as a chart and as a table: nothing may scroll sideways. */
function narrowJob(spec: TabSpec): Job {
  const name = `${spec.id} @${sizeOf(NARROW_VIEWPORT)} light`
  return {
    name,
    run: async (suite) => {
      const scope = suite.report.scope(name)
      await withPage(suite, scope, { viewport: NARROW_VIEWPORT, colorScheme: 'light', mount: APP_PATH }, async ({ page }) => {
        await scope.run('overflow', async () => {
          await page.goto(pageUrl(suite.server, APP_PATH, tabParams(spec)))
          await waitForBars(page)
          await checkNoHorizontalScroll(scope, page, 'the chart view')
          await chooseDisplay(page, 'Table')
          await page.getByRole('tabpanel').getByRole('table').first().waitFor()
          await checkNoHorizontalScroll(scope, page, 'the table view')
        })
      })
    },
  }
}

/** A broken dataset under its own sub-path: the error panel, not a blank page. */
function errorJob(errorCase: ErrorCase, viewport: Viewport, colorScheme: 'light' | 'dark'): Job {
  const name = `error:${errorCase.id} @${sizeOf(viewport)} ${colorScheme}`
  return {
    name,
    run: async (suite) => {
      const scope = suite.report.scope(name)
      const options = {
        viewport,
        colorScheme,
        mount: errorCase.mount,
        ...(errorCase.expectedErrorStatus ? { expectedError: { status: errorCase.expectedErrorStatus } } : {}),
      }
      await withPage(suite, scope, options, async ({ page }) => {
        let isShown = false
        await scope.run('error-state', async () => {
          await page.goto(suite.server.urlOf(errorCase.mount))
          await waitForErrorPanel(page, errorCase)
          isShown = true
        })
        await screenshot(scope, page, `error-${errorCase.id}-${sizeOf(viewport)}-${colorScheme}`)
        if (isShown) await scope.run('axe', () => checkAxe(scope, page, 'the error panel'))
        await scope.run('error-state', () => checkErrorState(scope, page, errorCase))
      })
    },
  }
}

function buildJobs(cases: ErrorCase[]): Job[] {
  const jobs: Job[] = []
  for (const spec of TAB_SPECS) {
    for (const viewport of VIEWPORTS) {
      for (const theme of THEMES) jobs.push(tabJob(spec, viewport, theme))
    }
    jobs.push(narrowJob(spec))
  }
  const [desktop, phone] = VIEWPORTS
  for (const errorCase of cases) {
    if (desktop) jobs.push(errorJob(errorCase, desktop, 'light'))
    if (phone) jobs.push(errorJob(errorCase, phone, 'dark'))
  }
  jobs.push(...embedJobs())
  jobs.push(...exportJobs())
  jobs.push(...viewUrlJobs())
  jobs.push(...presentJobs())
  jobs.push(...hostileJobs())
  jobs.push(...prerenderJobs())
  jobs.push(...chartJobs())
  return jobs
}

/** Runs jobs with at most `limit` at a time, in order of starting. */
async function runPool(jobs: Job[], limit: number, runJob: (job: Job) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next]
      next += 1
      if (job) await runJob(job)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker))
}

function printSummary(report: Report, startedAt: number) {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  console.log('\nChecks by kind:')
  for (const [check, tally] of [...report.tallies].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${check.padEnd(12)} ${String(tally.passed).padStart(4)} passed  ${String(tally.failed).padStart(3)} failed`)
  }
  const slowest = [...report.timings].sort((a, b) => b.ms - a.ms).slice(0, 3)
  console.log(`\nSlowest states: ${slowest.map((t) => `${t.scope} ${seconds(t.ms)}`).join(', ')}`)

  if (report.failures.length > 0) {
    // The same app bug usually fails in every theme and size: print it once, with where it failed.
    const groups = groupFailures(report.failures)
    console.log(`\nFAILURES (${report.failures.length}, ${groups.length} distinct):`)
    groups.forEach((group, index) => console.log(`  ${index + 1}. ${formatFailure(group)}`))
  }
  const verdict = report.failures.length === 0 ? 'PASSED' : 'FAILED'
  console.log(
    `\n${verdict}: ${report.checkCount} checks in ${report.timings.length} page states, ${report.failures.length} failed; ` +
      `${seconds(performance.now() - startedAt)} (after the build)`,
  )
}

async function main(): Promise<number> {
  const startedAt = performance.now()
  const datasetFile = resolve(DIST_DIR, DATASET_PATH)
  if (!existsSync(datasetFile)) {
    console.error(`No build at ${DIST_DIR}: run "npm run test:e2e", which builds first.`)
    return 1
  }
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true })
  mkdirSync(SCREENSHOT_DIR, { recursive: true })

  const cases = errorCases(readFileSync(datasetFile, 'utf8'))
  const server = await startStaticServer(DIST_DIR, [{ path: APP_PATH }, ...cases.map((c) => ({ path: c.mount, dataset: c.dataset }))])
  const browser = await launchBrowser()
  const report = new Report()
  const suite: Suite = { browser, server, report }
  console.log(`Serving ${DIST_DIR} at ${server.urlOf(APP_PATH)} (CSP on every response); Chromium ${browser.version()}`)

  // E2E_ONLY=text runs only the states whose name contains it, while working on one of them.
  const only = process.env.E2E_ONLY
  const jobs = buildJobs(cases).filter((job) => !only || job.name.includes(only))
  let done = 0
  try {
    await runPool(jobs, CONCURRENCY, async (job) => {
      const start = performance.now()
      await job.run(suite).catch((error: unknown) => {
        report.scope(job.name).expect('suite', false, 'the state to run', `an error: ${String(error)}`)
      })
      done += 1
      const failed = report.failures.filter((f) => f.scope === job.name).length
      const mark = failed === 0 ? 'ok  ' : `FAIL (${failed})`
      console.log(`[${String(done).padStart(2)}/${jobs.length}] ${mark} ${job.name} ${((performance.now() - start) / 1000).toFixed(1)} s`)
    })
  } finally {
    await browser.close()
    await server.close()
  }

  // Stray requests no page state owned up to (the browser's own), after each state counted its own.
  const unowned = server.strayRequests.filter((request) => request.state === undefined)
  report
    .scope('server')
    .expect('requests', unowned.length === 0, '0 untagged requests outside the dashboard sub-paths', () =>
      `${unowned.length}: ${listOf(unowned.map((r) => `${r.method} ${r.url}`))}`,
    )

  console.log(`\nScreenshots: ${SCREENSHOT_DIR}`)
  printSummary(report, startedAt)
  return report.failures.length === 0 ? 0 : 1
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('The e2e suite itself failed:', error)
  return 1
})
