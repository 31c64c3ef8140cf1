import { resolve } from 'node:path'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { openInstrumentedPage, type InstrumentedPage } from '../browser.ts'
import { APP_PATH } from '../config.ts'
import type { Report, Scope } from '../report.ts'
import { CONTENT_SECURITY_POLICY, type StaticServer } from '../static-server.ts'
import { checkHealth } from './health.ts'
import { BAR_SELECTOR } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * Embed mode in a real browser: an intranet portal page frames the built dashboard the way the
 * Embed dialog says (sandboxed iframe, embed-host.js as a file) under the suite's strict CSP, and
 * the frame must size itself to its content, take commands from the origin its URL names, and
 * ignore everyone else. See docs/embed.md.
 *
 * The portal page is answered by Playwright's router on the static server's origin (the server
 * serves only dist/): same origin as the dashboard, since the suite's CSP allows framing only by
 * 'self', as the intranet does.
 */

/** Widths of the portal page: a sidebar column and the narrowest phone. */
export const EMBED_WIDTHS = [600, 360] as const

const PORTAL_PATH = '/intranet/portal/embed-test.html'
const PORTAL_CSS_PATH = '/intranet/portal/portal.css'
const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots')
const HEIGHT_TYPE = 'cq-dashboard:height'
const STRANGER = 'https://intranet.example'

type Suite = { browser: Browser; server: StaticServer; report: Report }
type EmbedJob = { name: string; run: (suite: Suite) => Promise<void> }
type Received = { origin: string; data: unknown }
type HeightMessage = { type: string; version: number; height: number; view: string }

/** The jobs to add to the suite: one per width, and one for the commands an embed must ignore. */
export function embedJobs(): EmbedJob[] {
  return [
    ...EMBED_WIDTHS.map((width) => ({
      name: `embed @${width}px`,
      run: (suite: Suite) => checkEmbedAtWidth(suite, width),
    })),
    { name: 'embed: strangers ignored', run: checkStrangersIgnored },
  ]
}

// The portal's markup, as the Embed dialog writes it; no inline script or style, as its CSP demands.
function portalHtml(server: StaticServer, embedQuery: string): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
  const app = server.urlOf(APP_PATH)
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Intranet portal</title>
<link rel="stylesheet" href="${PORTAL_CSS_PATH}">
</head>
<body>
<h1>Intranet portal</h1>
<p>Text of the portal above the embed.</p>
<iframe src="${escape(`${app}?${embedQuery}`)}" title="Chongqing dashboard embed" width="100%" height="600" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups" referrerpolicy="strict-origin-when-cross-origin" data-cq-dashboard></iframe>
<p id="below">Text of the portal below the embed.</p>
<script src="${escape(`${app}embed-host.js`)}" defer></script>
</body>
</html>`
}

// A borderless frame, so the frame's box height is exactly the height the embed asked for.
const PORTAL_CSS =
  'body { margin: 0; font-family: sans-serif; } h1, p { margin: 8px; } iframe { display: block; border: 0; }'

/** Serves the portal under the suite's CSP, and records every message the portal window receives. */
async function preparePortal(context: BrowserContext, server: StaticServer) {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' }
  await context.route(`${server.origin}${PORTAL_CSS_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', headers, body: PORTAL_CSS }),
  )
  await context.route(`${server.origin}${PORTAL_PATH}?*`, (route) => {
    const query = new URL(route.request().url()).searchParams.get('embed') ?? ''
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers,
      body: portalHtml(server, query),
    })
  })
  // Installed over CDP, so the portal's CSP does not apply; only the top window records.
  await context.addInitScript(() => {
    if (window !== window.top) return
    const received: { origin: string; data: unknown }[] = []
    Object.defineProperty(window, '__embedMessages', { value: received })
    window.addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }))
  })
}

const openPortal = (page: Page, server: StaticServer, embedQuery: string) =>
  page.goto(`${server.origin}${PORTAL_PATH}?embed=${encodeURIComponent(embedQuery)}`)

const receivedMessages = (page: Page): Promise<Received[]> =>
  page.evaluate(() => (window as unknown as { __embedMessages: { origin: string; data: unknown }[] }).__embedMessages)

const isHeightMessage = (data: unknown): data is HeightMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_TYPE

async function heightMessages(page: Page): Promise<{ origin: string; data: HeightMessage }[]> {
  return (await receivedMessages(page)).flatMap((m) =>
    isHeightMessage(m.data) ? [{ origin: m.origin, data: m.data }] : [],
  )
}

async function dashboardFrame(page: Page): Promise<Frame> {
  // A lazy iframe does not hold up the portal's load event: wait for its own document to draw.
  const frame = await (await page.locator('iframe[data-cq-dashboard]').elementHandle())?.contentFrame()
  if (!frame) throw new Error('the portal has no dashboard frame')
  await frame.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor({ state: 'visible' })
  return frame
}

type FrameFit = {
  frameHeight: number
  scrollHeight: number
  clientHeight: number
  scrollWidth: number
  clientWidth: number
}

async function measureFit(page: Page, frame: Frame): Promise<FrameFit> {
  const frameHeight = await page
    .locator('iframe[data-cq-dashboard]')
    .evaluate((iframe) => iframe.getBoundingClientRect().height)
  const inner = await frame.evaluate(() => {
    const root = document.documentElement
    return {
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    }
  })
  return { frameHeight, ...inner }
}

const fits = (fit: FrameFit) => fit.scrollHeight <= fit.clientHeight + 1 && fit.scrollWidth <= fit.clientWidth

/**
 * Waits until the frame has settled at the height it last asked for, and checks it: the portal got
 * a well-formed, versioned message from the dashboard's origin, set the frame to that height, and
 * the frame needs no scrollbar either way.
 */
async function checkSized(
  scope: Scope,
  page: Page,
  frame: Frame,
  server: StaticServer,
  what: string,
  viewIncludes: string,
) {
  let last: HeightMessage | undefined
  let fit: FrameFit | undefined
  await waitUntil(async () => {
    last = (await heightMessages(page)).filter((m) => m.data.view.includes(viewIncludes)).at(-1)?.data
    fit = await measureFit(page, frame)
    return last !== undefined && Math.abs(fit.frameHeight - last.height) <= 1 && fits(fit)
  })
  const messages = await heightMessages(page)
  scope.expect(
    'embed-height',
    last !== undefined,
    `a height message for ${what} with a view containing "${viewIncludes}"`,
    () =>
      `${messages.length} height messages: ${
        messages
          .map((m) => JSON.stringify(m.data))
          .slice(-3)
          .join('; ') || '(none)'
      }`,
  )
  const strangers = messages.filter((m) => m.origin !== server.origin)
  scope.expect('embed-height', strangers.length === 0, `height messages only from ${server.origin}`, () =>
    strangers.map((m) => m.origin).join(', '),
  )
  if (!last || !fit) return
  const { type, version, height, view } = last
  scope.expect(
    'embed-height',
    type === HEIGHT_TYPE && version === 1 && Number.isInteger(height) && height > 0 && view.includes('embed=1'),
    `{ type: "${HEIGHT_TYPE}", version: 1, height: a positive integer, view: the embed's query }`,
    JSON.stringify(last),
  )
  scope.expect(
    'embed-height',
    Math.abs(fit.frameHeight - height) <= 1,
    `the frame ${height} px tall, as asked (${what})`,
    `${fit.frameHeight} px`,
  )
  scope.expect(
    'embed-height',
    fit.scrollHeight <= fit.clientHeight + 1,
    `no vertical scroll inside the frame (${what}): scrollHeight <= clientHeight + 1`,
    `scrollHeight ${fit.scrollHeight}, clientHeight ${fit.clientHeight}`,
  )
  scope.expect(
    'overflow',
    fit.scrollWidth <= fit.clientWidth,
    `no horizontal scroll inside the frame (${what})`,
    `scrollWidth ${fit.scrollWidth}, clientWidth ${fit.clientWidth}`,
  )
}

/** What embed mode shows and leaves out, read inside the frame. */
async function checkEmbedShape(scope: Scope, frame: Frame) {
  const shape = await frame.evaluate(() => {
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.includes('Open full view'))
    return {
      tablists: document.querySelectorAll('[role="tablist"]').length,
      heading: document.querySelector('h1')?.textContent ?? '',
      hasMeta: document.head.querySelector('meta[name="responsive-embedded-sizing"]') !== null,
      link: link ? { href: link.href, target: link.target, rel: link.rel } : null,
    }
  })
  scope.expect('embed-shape', shape.tablists === 0, 'no tablist in an embed', `${shape.tablists}`)
  scope.expect(
    'embed-shape',
    shape.heading.startsWith('NEV ecosystem'),
    'the heading "NEV ecosystem · …"',
    `"${shape.heading}"`,
  )
  scope.expect('embed-shape', shape.hasMeta, '<meta name="responsive-embedded-sizing"> in the head', 'none')
  const link = shape.link
  const isFullView =
    link !== null && !link.href.includes('embed=') && !link.href.includes('host=') && link.href.includes('chart=output')
  scope.expect(
    'embed-shape',
    isFullView && link.target === '_blank' && link.rel === 'noopener',
    'an "Open full view" link to the app view, target _blank, rel noopener',
    JSON.stringify(link),
  )
}

async function screenshot(scope: Scope, page: Page, name: string) {
  await scope.run('screenshot', async () => {
    await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
  })
}

async function withPortalPage(
  suite: Suite,
  scope: Scope,
  width: number,
  body: (opened: InstrumentedPage) => Promise<void>,
) {
  await scope.timed(async () => {
    const opened = await openInstrumentedPage(suite.browser, {
      viewport: { width, height: 800 },
      colorScheme: 'light',
      stateName: scope.name,
    })
    try {
      await preparePortal(opened.context, suite.server)
      await body(opened)
    } finally {
      // The portal and the dashboard share the origin; both live under /intranet/.
      checkHealth(scope, opened.record, {
        allowedPrefix: `${suite.server.origin}/intranet/`,
        strayRequests: suite.server.strayRequests.filter((request) => request.state === scope.name),
      })
      await opened.context.close()
    }
  })
}

/** One part, framed at one width: sized to its content, then steered to another tab by the named host. */
async function checkEmbedAtWidth(suite: Suite, width: number) {
  const { server } = suite
  const scope = suite.report.scope(`embed @${width}px`)
  await withPortalPage(suite, scope, width, async ({ page }) => {
    let frame: Frame | undefined
    await scope.run('embed-height', async () => {
      await openPortal(page, server, `tab=nev&chart=output&embed=1&host=${server.origin}`)
      frame = await dashboardFrame(page)
      await checkSized(scope, page, frame, server, 'the NEV output chart', 'chart=output')
    })
    if (!frame) return
    const shown = frame
    await scope.run('embed-shape', () => checkEmbedShape(scope, shown))
    await screenshot(scope, page, `embed-nev-output-${width}`)

    await scope.run('embed-command', async () => {
      const isSent = await page.evaluate(() => {
        const api = (window as unknown as { CqDashboardEmbed?: { send: (f: Element, c: object) => boolean } })
          .CqDashboardEmbed
        const iframe = document.querySelector('iframe[data-cq-dashboard]')
        return Boolean(api && iframe && api.send(iframe, { type: 'cq-dashboard:set-tab', tab: 'finance' }))
      })
      scope.expect('embed-command', isSent, 'embed-host.js loaded and sending the command', 'CqDashboardEmbed missing')
      const isFollowed = await waitUntil(async () => shown.url().includes('tab=finance'))
      scope.expect(
        'embed-command',
        isFollowed,
        'the frame to switch to tab=finance on the named host’s command',
        shown.url(),
      )
      if (!isFollowed) return
      await shown.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor({ state: 'visible' })
      const heading = (await shown.locator('h1').textContent()) ?? ''
      scope.expect('embed-command', heading === 'Finance proposals', 'the heading "Finance proposals"', `"${heading}"`)
      await checkSized(scope, page, shown, server, 'the Finance tab after the command', 'tab=finance')
    })
    await screenshot(scope, page, `embed-finance-${width}`)
  })
}

/**
 * Sends a command from the portal and waits until the frame has received and handled it, so a URL
 * that did not change proves the command was ignored rather than not yet arrived.
 */
async function sendAndSettle(page: Page, frame: Frame, command: object): Promise<void> {
  const arrived = frame.evaluate(
    () =>
      new Promise<void>((done) => {
        window.addEventListener('message', () => setTimeout(done, 0), { once: true })
      }),
  )
  // Let the frame's listener be in place before the command is sent.
  await frame.evaluate(() => undefined)
  await page.evaluate(
    (sent) => {
      const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-cq-dashboard]')
      iframe?.contentWindow?.postMessage(sent, new URL(iframe.src).origin)
    },
    { ...command, version: 1 },
  )
  await arrived
}

/** Without host=, or with host= naming another origin, the portal's commands change nothing. */
async function checkStrangersIgnored(suite: Suite) {
  const { server } = suite
  const scope = suite.report.scope('embed: strangers ignored')
  const command = { type: 'cq-dashboard:set-tab', tab: 'finance' }
  // Chromium warns (not errs) for each height message it refuses to deliver to a window of another
  // origin: that refusal is what the second case checks.
  const refused =
    /target origin provided \('https:\/\/intranet\.example'\) does not match the recipient window's origin/
  await withPortalPage(suite, scope, 600, async ({ context, page }) => {
    const warnings: string[] = []
    context.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })

    await scope.run('embed-command', async () => {
      await openPortal(page, server, 'tab=nev&chart=output&embed=1')
      const frame = await dashboardFrame(page)
      const hasHeight = await waitUntil(async () => (await heightMessages(page)).length > 0)
      scope.expect('embed-height', hasHeight, 'height messages to any portal when no host is named', 'none')
      await sendAndSettle(page, frame, command)
      scope.expect(
        'embed-command',
        frame.url().includes('tab=nev'),
        'a command ignored when the embed names no host',
        frame.url(),
      )
    })

    await scope.run('embed-command', async () => {
      await openPortal(page, server, `tab=nev&chart=output&embed=1&host=${encodeURIComponent(STRANGER)}`)
      const frame = await dashboardFrame(page)
      await sendAndSettle(page, frame, command)
      scope.expect(
        'embed-command',
        frame.url().includes('tab=nev'),
        `a command ignored when host= names ${STRANGER}`,
        frame.url(),
      )
      const delivered = await heightMessages(page)
      scope.expect(
        'embed-height',
        delivered.length === 0,
        `no height message delivered when host= names ${STRANGER}`,
        `${delivered.length}`,
      )
      const wasRefused = await waitUntil(async () => warnings.some((text) => refused.test(text)))
      scope.expect(
        'embed-height',
        wasRefused,
        'Chromium refusing to deliver the height to another origin',
        'no such console line',
      )
    })
  })
}
