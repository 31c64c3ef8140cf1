import type { BrowserContext, Frame, Page } from '@playwright/test'
import { expect, saveScreenshot, test } from './fixtures.ts'
import { en } from '../../src/i18n/en.ts'
import { shownBars } from './support/charts.ts'
import { APP_URL, ORIGIN } from './support/site.ts'
import { CONTENT_SECURITY_POLICY } from './static-server.ts'
import { poll } from './support/poll.ts'

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

const PORTAL_PATH = '/intranet/portal/embed-test.html'
const PORTAL_CSS_PATH = '/intranet/portal/portal.css'
const HEIGHT_TYPE = 'cq-dashboard:height'
const STRANGER = 'https://intranet.example'

type Received = { origin: string; data: unknown }
type HeightMessage = { type: string; version: number; height: number; view: string }

// The portal's markup, as the Embed dialog writes it; no inline script or style, as its CSP demands.
function portalHtml(embedQuery: string): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
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
<iframe src="${escape(`${APP_URL}?${embedQuery}`)}" title="Chongqing dashboard embed" width="100%" height="600" loading="lazy"
  sandbox="allow-scripts allow-same-origin allow-popups" referrerpolicy="strict-origin-when-cross-origin" data-cq-dashboard></iframe>
<p id="below">Text of the portal below the embed.</p>
<script src="${escape(`${APP_URL}embed-host.js`)}" defer></script>
</body>
</html>`
}

// A borderless frame, so the frame's box height is exactly the height the embed asked for.
const PORTAL_CSS =
  'body { margin: 0; font-family: sans-serif; } h1, p { margin: 8px; } iframe { display: block; border: 0; }'

/** Serves the portal under the suite's CSP, and records every message the portal window receives. */
async function preparePortal(context: BrowserContext) {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store' }
  await context.route(`${ORIGIN}${PORTAL_CSS_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', headers, body: PORTAL_CSS }),
  )
  await context.route(`${ORIGIN}${PORTAL_PATH}?*`, (route) => {
    const query = new URL(route.request().url()).searchParams.get('embed') ?? ''
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: portalHtml(query) })
  })
  // Installed over CDP, so the portal's CSP does not apply; only the top window records.
  await context.addInitScript(() => {
    if (window !== window.top) return
    const received: { origin: string; data: unknown }[] = []
    Object.defineProperty(window, '__embedMessages', { value: received })
    window.addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }))
  })
}

const openPortal = (page: Page, embedQuery: string) =>
  page.goto(`${ORIGIN}${PORTAL_PATH}?embed=${encodeURIComponent(embedQuery)}`)

const receivedMessages = (page: Page): Promise<Received[]> =>
  page.evaluate(() => (window as unknown as { __embedMessages: { origin: string; data: unknown }[] }).__embedMessages)

const isHeightMessage = (data: unknown): data is HeightMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_TYPE

async function heightMessages(page: Page): Promise<{ origin: string; data: HeightMessage }[]> {
  return (await receivedMessages(page)).flatMap((m) =>
    isHeightMessage(m.data) ? [{ origin: m.origin, data: m.data }] : [],
  )
}

/** The dashboard's frame, once it has drawn: a lazy iframe does not hold up the portal's load event. */
async function dashboardFrame(page: Page): Promise<Frame> {
  const frame = await (await page.locator('iframe[data-cq-dashboard]').elementHandle())?.contentFrame()
  if (!frame) throw new Error('the portal has no dashboard frame')
  await expect(shownBars(frame.locator('body')).first(), 'the embed draws its chart').toBeVisible()
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

/**
 * Waits until the frame has settled at the height it last asked for, then checks it: the portal got
 * a well-formed, versioned message from the dashboard's origin, set the frame to that height, and
 * the frame needs no scrollbar either way.
 */
async function expectSized(page: Page, frame: Frame, what: string, viewIncludes: string) {
  let last: HeightMessage | undefined
  let fit: FrameFit | undefined
  await poll(async () => {
    last = (await heightMessages(page)).filter((m) => m.data.view.includes(viewIncludes)).at(-1)?.data
    fit = await measureFit(page, frame)
    return {
      hasMessage: last !== undefined,
      isAsked: last !== undefined && Math.abs(fit.frameHeight - last.height) <= 1,
      fits: fit.scrollHeight <= fit.clientHeight + 1 && fit.scrollWidth <= fit.clientWidth,
    }
  }, `${what}: the frame settled at the height its last message (view containing "${viewIncludes}") asked for`).toEqual(
    { hasMessage: true, isAsked: true, fits: true },
  )

  const messages = await heightMessages(page)
  expect.soft(last, `a height message for ${what} with a view containing "${viewIncludes}"`).toBeDefined()
  expect.soft([...new Set(messages.map((m) => m.origin))], `height messages only from ${ORIGIN}`).toEqual([ORIGIN])
  if (!last || !fit) return
  expect
    .soft(last, `{ type: "${HEIGHT_TYPE}", version: 1, height: a positive integer, view: the embed's query }`)
    .toEqual({ type: HEIGHT_TYPE, version: 1, height: expect.any(Number), view: expect.stringContaining('embed=1') })
  expect.soft(Number.isInteger(last.height) && last.height > 0, `a positive whole height, ${last.height}`).toBe(true)
  expect
    .soft(Math.abs(fit.frameHeight - last.height), `the frame ${last.height} px tall, as asked (${what})`)
    .toBeLessThanOrEqual(1)
  expect
    .soft(fit.scrollHeight, `no vertical scroll inside the frame (${what}): scrollHeight <= clientHeight + 1`)
    .toBeLessThanOrEqual(fit.clientHeight + 1)
  expect.soft(fit.scrollWidth, `no horizontal scroll inside the frame (${what})`).toBeLessThanOrEqual(fit.clientWidth)
}

/** What embed mode shows and leaves out, read inside the frame. */
async function expectEmbedShape(frame: Frame) {
  const shape = await frame.evaluate(() => {
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.includes('Open full view'))
    return {
      tablists: document.querySelectorAll('[role="tablist"]').length,
      heading: document.querySelector('h1')?.textContent ?? '',
      hasMeta: document.head.querySelector('meta[name="responsive-embedded-sizing"]') !== null,
      link: link ? { href: link.href, target: link.target, rel: link.rel } : null,
    }
  })
  expect.soft(shape.tablists, 'no tablist in an embed').toBe(0)
  expect.soft(shape.heading, 'the heading "NEV ecosystem · …"').toMatch(/^NEV ecosystem/)
  expect.soft(shape.hasMeta, '<meta name="responsive-embedded-sizing"> in the head').toBe(true)
  const link = shape.link
  const isFullView =
    link !== null && !link.href.includes('embed=') && !link.href.includes('host=') && link.href.includes('chart=output')
  expect
    .soft(
      isFullView && link.target === '_blank' && link.rel === 'noopener',
      `an "Open full view" link to the app view, target _blank, rel noopener: ${JSON.stringify(link)}`,
    )
    .toBe(true)
}

test.beforeEach(async ({ context, health }) => {
  // The portal and the dashboard share the origin; both live under /intranet/.
  health.allowRequestsUnder(`${ORIGIN}/intranet/`)
  await preparePortal(context)
})

/** Widths of the portal page: a sidebar column and the narrowest phone. */
for (const width of [600, 360]) {
  test.describe(`in a portal ${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('a chart sizes its frame to its content, then follows the named host to another tab', async ({
      page,
    }, testInfo) => {
      let frame: Frame | undefined
      await test.step('the NEV output chart, sized to its content', async () => {
        await openPortal(page, `tab=nev&chart=output&embed=1&host=${ORIGIN}`)
        frame = await dashboardFrame(page)
        await expectSized(page, frame, 'the NEV output chart', 'chart=output')
        await expectEmbedShape(frame)
        await saveScreenshot(page, testInfo, `embed-nev-output-${width}`, { fullPage: true })
      })
      const shown = frame
      if (!shown) return

      await test.step('the host’s command to show the Finance tab', async () => {
        const isSent = await page.evaluate(() => {
          const api = (window as unknown as { CqDashboardEmbed?: { send: (f: Element, c: object) => boolean } })
            .CqDashboardEmbed
          const iframe = document.querySelector('iframe[data-cq-dashboard]')
          return Boolean(api && iframe && api.send(iframe, { type: 'cq-dashboard:set-tab', tab: 'finance' }))
        })
        expect.soft(isSent, 'embed-host.js loaded and sending the command').toBe(true)
        await poll(() => shown.url(), 'the frame switches to tab=finance on the named host’s command').toContain(
          'tab=finance',
        )
        // The Finance tab shows its three proposals as HTML columns, not as a bar chart.
        const proposals = shown.getByRole('figure', { name: en['finance.proposals'] })
        await expect(proposals, `the figure "${en['finance.proposals']}"`).toBeVisible()
        await expect(
          proposals.locator('ol > li > h4'),
          'the three proposals, a column each under its name',
        ).toHaveCount(3)
        await expect.soft(shown.locator('h1'), 'the heading "Finance proposals"').toHaveText(en['tab.finance'])
        await expectSized(page, shown, 'the Finance tab after the command', 'tab=finance')
        await saveScreenshot(page, testInfo, `embed-finance-${width}`, { fullPage: true })
      })
    })
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

test.describe('in a portal 600 px wide that is not its named host', () => {
  test.use({ viewport: { width: 600, height: 800 } })

  test('commands are ignored without host=, or from a host it does not name', async ({ context, page }) => {
    const command = { type: 'cq-dashboard:set-tab', tab: 'finance' }
    // Chromium warns (not errs) for each height message it refuses to deliver to a window of another
    // origin: that refusal is what the second case checks.
    const refused =
      /target origin provided \('https:\/\/intranet\.example'\) does not match the recipient window's origin/
    const warnings: string[] = []
    context.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text())
    })

    await test.step('no host named: heights to any portal, commands ignored', async () => {
      await openPortal(page, 'tab=nev&chart=output&embed=1')
      const frame = await dashboardFrame(page)
      await poll(
        async () => (await heightMessages(page)).length,
        'height messages to any portal when no host is named',
      ).toBeGreaterThan(0)
      await sendAndSettle(page, frame, command)
      expect.soft(frame.url(), 'a command ignored when the embed names no host').toContain('tab=nev')
    })

    await test.step(`host=${STRANGER}: commands from this portal ignored, heights refused`, async () => {
      await openPortal(page, `tab=nev&chart=output&embed=1&host=${encodeURIComponent(STRANGER)}`)
      const frame = await dashboardFrame(page)
      await sendAndSettle(page, frame, command)
      expect.soft(frame.url(), `a command ignored when host= names ${STRANGER}`).toContain('tab=nev')
      expect.soft(await heightMessages(page), `no height message delivered when host= names ${STRANGER}`).toEqual([])
      await poll(
        () => warnings.some((text) => refused.test(text)),
        'Chromium refusing to deliver the height to another origin',
      ).toBe(true)
    })
  })
})
