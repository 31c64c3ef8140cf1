import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'

const CHROMIUM_PATH = '/usr/bin/chromium'
/** Flags for a quiet, reproducible Chromium: nothing phones home, only 127.0.0.1 resolves. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
/** A bar as Recharts draws it, or as the chart drawn into the HTML does (static-bar-chart.tsx). */
const BAR_SELECTOR = '.recharts-bar-rectangle, .static-bar'
const VIEWPORT = { width: 1280, height: 800 }

/** Debian's Chromium on a new temporary profile (playwright deletes it on close); never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  })
}

/** What the instrumentation records in the page; times are performance.now(), from navigation start. */
type PageMarks = {
  /** The animation frame in which a bar first exists in the DOM (its rAF callback): for the app, the first paint. */
  firstChartFrame: number | null
  /** After that frame's style, layout and paint: a task posted from its rAF callback. */
  firstChartPainted: number | null
  firstContentfulPaint: number | null
  longTasks: { start: number; duration: number }[]
}

/** A click measured to the frame where the page shows what the condition describes. */
export type ClickTiming = { frameMs: number; paintedMs: number }

/**
 * What a click must lead to: the element with id `shown` visible (a tab's title: hidden tabs are
 * kept mounted, out of sight); exactly `bars` visible bars inside the element with id `panel` (or
 * anywhere); the URL parameter `param` at a value (null: absent). Each part is checked if given.
 */
type ClickCondition = {
  shown: string | null
  panel: string | null
  bars: number | null
  param: [string, string | null] | null
}

// Plain script, not a function: tsx wraps named functions in a __name() helper the page lacks.
const INSTRUMENTATION = `(() => {
  globalThis.__name = globalThis.__name || ((f) => f);
  const SELECTOR = ${JSON.stringify(BAR_SELECTOR)};
  const bench = { firstChartFrame: null, firstChartPainted: null, longTasks: [], pending: null };
  window.__bench = bench;
  const afterFrame = (done) => requestAnimationFrame(() => {
    const frame = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(frame, performance.now());
    channel.port2.postMessage(null);
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const firstChart = new MutationObserver(() => {
    if (!document.querySelector(SELECTOR)) return;
    firstChart.disconnect();
    afterFrame((frame, painted) => { bench.firstChartFrame = frame; bench.firstChartPainted = painted; });
  });
  firstChart.observe(document, { childList: true, subtree: true });

  bench.armClick = (condition, timeoutMs) => {
    bench.pending = new Promise((resolve) => {
      let clickedAt = null;
      let isArmed = true;
      // Only what a reader can see counts: tabs kept in the background hold bars too, hidden.
      const isVisible = (element) => element.checkVisibility({ visibilityProperty: true });
      const isShown = () => {
        if (condition.shown) {
          const element = document.getElementById(condition.shown);
          if (!element || !isVisible(element)) return false;
        }
        if (condition.bars !== null) {
          const scope = condition.panel ? document.getElementById(condition.panel) : document;
          if (!scope || [...scope.querySelectorAll(SELECTOR)].filter(isVisible).length !== condition.bars) return false;
        }
        return !condition.param || new URLSearchParams(location.search).get(condition.param[0]) === condition.param[1];
      };
      const check = () => {
        if (!isArmed || clickedAt === null || !isShown()) return;
        isArmed = false;
        observer.disconnect();
        afterFrame((frame, painted) => resolve({ frameMs: frame - clickedAt, paintedMs: painted - clickedAt }));
      };
      const onClick = (event) => {
        clickedAt = event.timeStamp;
        window.removeEventListener('click', onClick, true);
        queueMicrotask(check);
      };
      window.addEventListener('click', onClick, true);
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true });
      setTimeout(() => { if (isArmed) { isArmed = false; observer.disconnect(); resolve(null); } }, timeoutMs);
    });
  };
})();`

type BenchPage = { context: BrowserContext; page: Page; cdp: CDPSession; close: () => Promise<void> }

/**
 * A page in a new context (no cache, cookies or storage from another run), instrumented, with the
 * HTTP cache disabled and the CPU slowed `cpuThrottle` times through the DevTools protocol.
 */
export async function openPage(browser: Browser, options: { cpuThrottle: number }): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', colorScheme: 'light' })
  await context.addInitScript({ content: INSTRUMENTATION })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle })
  await cdp.send('Performance.enable')
  return { context, page, cdp, close: () => context.close() }
}

export async function readMarks(page: Page): Promise<PageMarks> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: Omit<PageMarks, 'firstContentfulPaint'> }).__bench
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]
    return {
      firstChartFrame: bench.firstChartFrame,
      firstChartPainted: bench.firstChartPainted,
      firstContentfulPaint: fcp ? fcp.startTime : null,
      longTasks: bench.longTasks,
    }
  })
}

/** Navigates and waits until the first chart has been painted; returns the page's marks. */
export async function loadToFirstChart(page: Page, url: string, timeoutMs: number): Promise<PageMarks> {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs })
  await page.waitForFunction(
    () => (window as unknown as { __bench?: PageMarks }).__bench?.firstChartPainted != null,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  )
  return readMarks(page)
}

/**
 * Runs `click` and times it from the click event to the frame that shows `condition`. Returns
 * null if that frame does not come within `timeoutMs`.
 */
export async function timeClick(
  page: Page,
  click: () => Promise<void>,
  condition: ClickCondition,
  timeoutMs: number,
): Promise<ClickTiming | null> {
  await page.evaluate(
    ([c, t]) =>
      (window as unknown as { __bench: { armClick: (c: ClickCondition, t: number) => void } }).__bench.armClick(c, t),
    [condition, timeoutMs] as const,
  )
  await click()
  return page.evaluate(
    () => (window as unknown as { __bench: { pending: Promise<ClickTiming | null> } }).__bench.pending,
  )
}

/** Bars a reader can see in the element with this id (the tab panel), or in the whole page. */
export async function countBars(page: Page, panelId: string | null = null): Promise<number> {
  return page.evaluate(
    ([id, selector]) =>
      [...((id ? document.getElementById(id) : document)?.querySelectorAll(selector) ?? [])].filter((bar) =>
        bar.checkVisibility({ visibilityProperty: true }),
      ).length,
    [panelId, BAR_SELECTOR] as const,
  )
}

/** Waits until nothing has changed in the DOM for `quietMs` (a chart finished drawing), up to `timeoutMs`. */
export async function waitForQuiet(page: Page, quietMs: number, timeoutMs: number): Promise<void> {
  await page.evaluate(
    ([quiet, limit]) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(finish, quiet)
        const observer = new MutationObserver(() => {
          clearTimeout(timer)
          timer = setTimeout(finish, quiet)
        })
        const deadline = setTimeout(finish, limit)
        function finish() {
          observer.disconnect()
          clearTimeout(timer)
          clearTimeout(deadline)
          resolve()
        }
        observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
      }),
    [quietMs, timeoutMs] as const,
  )
}

/** Chromium's running totals for the page (DevTools' Performance monitor): durations in seconds, sizes in bytes. */
export async function readMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]))
}

/** JS heap in use after a forced garbage collection, as DevTools' Performance monitor reads it. */
export async function measureHeap(cdp: CDPSession): Promise<{ usedBytes: number; totalBytes: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  const metrics = await readMetrics(cdp)
  return { usedBytes: metrics.JSHeapUsedSize ?? Number.NaN, totalBytes: metrics.JSHeapTotalSize ?? Number.NaN }
}

/** When the page's scripts and data arrived, from navigation start: where a load's time goes. */
type LoadTimeline = { scriptsDoneMs: number; dataRequestedMs: number; dataDoneMs: number }

export async function readLoadTimeline(page: Page, before: number): Promise<LoadTimeline> {
  return page.evaluate((limit) => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const path = (entry: PerformanceResourceTiming) => new URL(entry.name).pathname
    const scripts = entries.filter((e) => path(e).endsWith('.js') && e.responseEnd <= limit)
    const data = entries.find((e) => path(e).endsWith('.json'))
    return {
      scriptsDoneMs: Math.max(0, ...scripts.map((e) => e.responseEnd)),
      dataRequestedMs: data ? data.startTime : Number.NaN,
      dataDoneMs: data ? data.responseEnd : Number.NaN,
    }
  }, before)
}
