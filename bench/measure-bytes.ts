import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { loadToFirstChart, openPage } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { gzipSize } from './lib/dist-chunks.ts'
import { count, kB, ratio, verdict, type Table } from './lib/format.ts'
import type { Target } from './lib/targets.ts'

type FetchedFile = {
  file: string
  type: 'js' | 'css' | 'json' | 'other'
  rawBytes: number
  gzipBytes: number
  /** Bytes on the wire from our gzip-6 server (Resource Timing's encodedBodySize). */
  transferBytes: number
  /** When the response ended, from navigation start, unthrottled. */
  responseEndMs: number
  isBeforeChart: boolean
}
type JsTotal = { rawBytes: number; gzipBytes: number; transferBytes: number; files: number }
export type BytesResult = {
  name: string
  firstChartMs: number
  files: FetchedFile[]
  jsBeforeChart: JsTotal
  /** Every script the load fetched, to network idle. */
  allJs: JsTotal
}

type ResourceEntry = { name: string; responseEnd: number; encodedBodySize: number }

/** Loads the page once (no throttle, no cache) to network idle and lists every file fetched, and which came before the first chart. */
export async function measureBytes(browser: Browser, target: Target): Promise<BytesResult> {
  const opened = await openPage(browser, { cpuThrottle: 1 })
  try {
    const marks = await loadToFirstChart(opened.page, target.url, 60_000)
    const firstChartMs = marks.firstChartFrame ?? Number.NaN
    await opened.page.waitForLoadState('networkidle')
    const entries = await opened.page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .map((e) => ({ name: e.name, responseEnd: e.responseEnd, encodedBodySize: e.encodedBodySize })),
    )
    const files = entries
      .sort((a, b) => a.responseEnd - b.responseEnd)
      .map((entry: ResourceEntry): FetchedFile => {
        const file = new URL(entry.name).pathname.replace(/^\//, '')
        const path = resolve(target.dist, file)
        const content = existsSync(path) ? readFileSync(path) : Buffer.alloc(0)
        const extension = /\.(js|css|json)$/.exec(file)?.[1]
        return {
          file,
          type: extension === 'js' || extension === 'css' || extension === 'json' ? extension : 'other',
          rawBytes: content.length,
          gzipBytes: gzipSize(content),
          transferBytes: entry.encodedBodySize,
          responseEndMs: entry.responseEnd,
          isBeforeChart: entry.responseEnd <= firstChartMs,
        }
      })
    const total = (js: FetchedFile[]): JsTotal => {
      const sum = (key: 'rawBytes' | 'gzipBytes' | 'transferBytes') => js.reduce((all, f) => all + f[key], 0)
      return {
        rawBytes: sum('rawBytes'),
        gzipBytes: sum('gzipBytes'),
        transferBytes: sum('transferBytes'),
        files: js.length,
      }
    }
    const js = files.filter((f) => f.type === 'js')
    return {
      name: target.name,
      firstChartMs,
      files,
      jsBeforeChart: total(js.filter((f) => f.isBeforeChart)),
      allJs: total(js),
    }
  } finally {
    await opened.close()
  }
}

export function bytesTables(app: BytesResult, reference: BytesResult): Table[] {
  const row = (name: string, js: JsTotal, budget = '', status = '') => [
    name,
    count(js.files),
    kB(js.rawBytes),
    kB(js.gzipBytes),
    kB(js.transferBytes),
    budget,
    status,
  ]
  const allRatio = app.allJs.gzipBytes / reference.allJs.gzipBytes
  const files = (result: BytesResult) =>
    result.files.map((f) => [
      result.name,
      f.file,
      f.type,
      kB(f.rawBytes),
      kB(f.gzipBytes),
      kB(f.transferBytes),
      `${f.responseEndMs.toFixed(0)} ms`,
      f.isBeforeChart ? 'yes' : 'no',
    ])
  return [
    {
      title: 'JS fetched by a first load (gzip -9 of each file; unthrottled load to network idle, cache disabled)',
      head: ['', 'files', 'raw', 'gzip -9', 'on the wire (gzip -6)', 'budget', 'status'],
      rows: [
        row('app, all JS', app.allJs, `≤ ${budgets.allJsRatio}× reference`, verdict(allRatio, budgets.allJsRatio)),
        row('reference, all JS', reference.allJs),
        ['app / reference', '', ratio(app.allJs.rawBytes / reference.allJs.rawBytes), ratio(allRatio), '', '', ''],
        row('app, before the first chart', app.jsBeforeChart),
        row('reference, before the first chart', reference.jsBeforeChart),
      ],
    },
    {
      title: 'Every file fetched, in order (response end from navigation start, unthrottled)',
      head: ['app', 'file', 'type', 'raw', 'gzip -9', 'on the wire', 'response end', 'before chart'],
      rows: [...files(app), ...files(reference)],
    },
  ]
}
