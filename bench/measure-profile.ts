import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { loadToFirstChart, openPage } from './lib/browser.ts'
import { buildAppWithSourceMaps } from './lib/build.ts'
import { ms, type Table } from './lib/format.ts'
import { DATASET_PATH, ROOT } from './lib/paths.ts'
import { appFileOf, createLocator, packageOf, type SourceMap } from './lib/source-map.ts'
import { startStaticServer } from './lib/static-server.ts'

const TOP = 15

type Share = { name: string; selfMs: number }
type ProfileRun = { dataset: string; firstChartMs: number; busyMs: number; top: Share[]; byPackage: Share[] }
export type ProfileResult = { runs: ProfileRun[] }

type ProfileNode = {
  id: number
  hitCount?: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

/**
 * Where the main thread spends the load, by function: the app rebuilt with hidden source maps
 * (the same JS), loaded unthrottled under the V8 sampling profiler (1 ms) until the first chart,
 * with the real dataset and a generated one of each size; each sample is mapped back to its
 * source file and line.
 */
export async function measureProfile(
  browser: Browser,
  sizes: number[],
  log: (line: string) => void,
): Promise<ProfileResult> {
  const dir = mkdtempSync(resolve(tmpdir(), 'bench-profile-'))
  const runs: ProfileRun[] = []
  try {
    const dist = resolve(dir, 'app')
    buildAppWithSourceMaps(dist)
    const datasets: { name: string; file: string | null }[] = [{ name: 'real dataset', file: null }]
    for (const facts of sizes) {
      const file = resolve(dir, `dataset-${facts}.json`)
      execFileSync('npm', ['run', '--silent', 'gen-data', '--', '--facts', String(facts), '--out', file], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      datasets.push({ name: `${facts.toLocaleString('en')} facts`, file })
    }
    for (const dataset of datasets) {
      log(`profile: loading with the ${dataset.name} …`)
      runs.push(await profileLoad(browser, dist, dataset.name, dataset.file))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { runs }
}

async function profileLoad(browser: Browser, dist: string, name: string, dataset: string | null): Promise<ProfileRun> {
  const server = await startStaticServer(dist, dataset ? { [DATASET_PATH]: dataset } : {})
  const opened = await openPage(browser, { cpuThrottle: 1 })
  try {
    await opened.cdp.send('Profiler.enable')
    await opened.cdp.send('Profiler.setSamplingInterval', { interval: 1000 })
    await opened.cdp.send('Profiler.start')
    const marks = await loadToFirstChart(opened.page, server.url, 300_000)
    const { profile } = await opened.cdp.send('Profiler.stop')
    const samples = profile.samples?.length ?? 0
    const interval = samples > 0 ? (profile.endTime - profile.startTime) / 1000 / samples : 0

    const locators = new Map<string, ReturnType<typeof createLocator> | null>()
    const locate = (url: string) => {
      const file = new URL(url).pathname.replace(/^\//, '')
      if (!locators.has(file)) {
        const mapFile = resolve(dist, `${file}.map`)
        locators.set(
          file,
          existsSync(mapFile) ? createLocator(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMap) : null,
        )
      }
      return locators.get(file) ?? null
    }
    const byLocation = new Map<string, number>()
    const byPackage = new Map<string, number>()
    const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value)
    for (const node of profile.nodes as ProfileNode[]) {
      const selfMs = (node.hitCount ?? 0) * interval
      if (selfMs === 0) continue
      const { functionName, url, lineNumber, columnNumber } = node.callFrame
      const original = url.startsWith(server.url) ? locate(url)?.(lineNumber, columnNumber) : null
      if (original) {
        const modules = original.source.lastIndexOf('node_modules/')
        const where =
          appFileOf(original.source) ?? (modules >= 0 ? original.source.slice(modules + 13) : original.source)
        add(byLocation, `${where}:${original.line} ${functionName || '(anonymous)'}`, selfMs)
        add(byPackage, packageOf(original.source), selfMs)
      } else {
        const what = functionName.startsWith('(')
          ? functionName
          : url
            ? `(other script) ${functionName}`
            : `(native) ${functionName || '?'}`
        add(byLocation, what, selfMs)
        add(byPackage, what.startsWith('(native)') ? '(native: JSON.parse, DOM, …)' : what, selfMs)
      }
    }
    const sorted = (map: Map<string, number>) =>
      [...map]
        .filter(([key]) => key !== '(idle)')
        .map(([key, selfMs]) => ({ name: key, selfMs }))
        .sort((a, b) => b.selfMs - a.selfMs)
    const all = sorted(byLocation)
    return {
      dataset: name,
      firstChartMs: marks.firstChartFrame ?? Number.NaN,
      busyMs: all.reduce((sum, share) => sum + share.selfMs, 0),
      top: all.slice(0, TOP),
      byPackage: sorted(byPackage).slice(0, TOP),
    }
  } finally {
    await opened.close()
    await server.close()
  }
}

export function profileTables(result: ProfileResult): Table[] {
  return result.runs.flatMap((run) => {
    const percent = (value: number) => `${((100 * value) / run.busyMs).toFixed(1)} %`
    const note = `main thread busy ${ms(run.busyMs)} of ${ms(run.firstChartMs)} to the first chart (idle excluded), unthrottled`
    return [
      {
        title: `Load profile, ${run.dataset}: self time by package or app folder`,
        head: ['package, folder or V8 category', 'self time', 'share'],
        rows: run.byPackage.map((share) => [share.name, ms(share.selfMs), percent(share.selfMs)]),
        notes: [note],
      },
      {
        title: `Load profile, ${run.dataset}: the ${TOP} functions with the most self time (source-mapped)`,
        head: ['where (file:line function)', 'self time', 'share'],
        rows: run.top.map((share) => [share.name, ms(share.selfMs), percent(share.selfMs)]),
      },
    ]
  })
}
