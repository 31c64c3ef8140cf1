import { defineConfig } from '@playwright/test'
import type { SuiteOptions } from './tests/e2e/fixtures.ts'
import { APP_URL, PORT } from './tests/e2e/support/site.ts'

/**
 * The real-browser suite (tests/e2e): the built app under its intranet sub-path, with the strict
 * CSP, in Debian's Chromium. `npm run test:e2e` builds first; `npm run test:e2e -- --grep embed`
 * runs a part. No browser is ever downloaded: CHROMIUM_PATH names the one to drive.
 */

const isCI = Boolean(process.env.CI)

/**
 * Every host but 127.0.0.1 is unresolvable, so a stray CDN font or analytics call fails loudly
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

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

// The tab matrix runs tabs.spec.ts in each of its projects; errors.spec.ts also varies by size
// and scheme; embed.spec.ts has the host page's project; every other spec runs once.
const TAB_MATRIX = /tabs\.spec\.ts$/
const ERRORS = /errors\.spec\.ts$/
const EMBED = /embed\.spec\.ts$/

export default defineConfig<SuiteOptions>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  fullyParallel: true,
  forbidOnly: true,
  // Two workers on the two cores CI has; a flaky test is fixed by waiting for a settled state, not retried.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCI
    ? [['list'], ['./tests/e2e/support/assertion-tally.ts']]
    : [['list'], ['html', { open: 'never' }], ['./tests/e2e/support/assertion-tally.ts']],
  use: {
    baseURL: APP_URL,
    locale: 'en-GB',
    timezoneId: 'Asia/Shanghai',
    colorScheme: 'light',
    viewport: DESKTOP,
    actionTimeout: 10_000,
    navigationTimeout: 10_000,
    // The trace of a failed test is kept: its actions, console, network and errors. DOM snapshots
    // and screencast frames of every step would double the suite's time on two cores; add them
    // when running a part again: `npm run test:e2e -- --grep … --trace on`.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: 'tsx tests/e2e/serve.ts',
    url: APP_URL,
    env: { E2E_PORT: String(PORT) },
    reuseExistingServer: false,
    stdout: 'pipe',
  },
  projects: [
    { name: 'desktop', testMatch: [TAB_MATRIX, ERRORS], use: { viewport: DESKTOP } },
    {
      name: 'phone-dark',
      testMatch: [TAB_MATRIX, ERRORS],
      use: { viewport: PHONE, colorScheme: 'dark', isDark: true },
    },
    { name: 'zh', testMatch: TAB_MATRIX, use: { viewport: PHONE, viewQuery: { lang: 'zh' }, lang: 'zh' } },
    // Chinese on a laptop, dark by ?theme=dark on a light system: with the three above, every pair of
    // size, language and scheme is covered once.
    {
      name: 'zh-theme-param',
      testMatch: TAB_MATRIX,
      use: { viewport: DESKTOP, viewQuery: { lang: 'zh', theme: 'dark' }, lang: 'zh', isDark: true },
    },
    { name: 'embed-host', testMatch: EMBED },
    { name: 'once', testIgnore: [TAB_MATRIX, ERRORS, EMBED] },
  ],
})
