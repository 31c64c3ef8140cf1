import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { APP_DIST } from './paths.ts'

const sections = [
  'bytes',
  'sources',
  'first-chart',
  'interactions',
  'heap',
  'long-tasks',
  'lighthouse',
  'scale',
  'profile',
] as const
export type Section = (typeof sections)[number]

type BenchOptions = {
  only: Set<Section>
  /** Page loads per app for first-chart (and heap, long tasks: at most 3). */
  runs: number
  /** Clicks per interaction kind. */
  samples: number
  lighthouseRuns: number
  facts: number[]
  cpuThrottle: number
  dist: string
  /** Rebuild the app's dist/ first, even if it exists. */
  build: boolean
}

const USAGE = `usage: npm run bench -- [--only ${sections.join(',')}] [--runs 7] [--samples 20]
       [--lighthouse-runs 3] [--facts 1000,10000,100000] [--throttle 4] [--dist dist] [--build]`

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      runs: { type: 'string', default: '7' },
      samples: { type: 'string', default: '20' },
      'lighthouse-runs': { type: 'string', default: '3' },
      facts: { type: 'string', default: '1000,10000,100000' },
      throttle: { type: 'string', default: '4' },
      dist: { type: 'string', default: APP_DIST },
      build: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...sections]
  const unknown = only.filter((name) => !(sections as readonly string[]).includes(name))
  const positive = (name: string, text: string) => {
    const value = Number(text)
    if (!Number.isFinite(value) || value <= 0) fail(`--${name} must be a positive number, got "${text}"`)
    return value
  }
  if (unknown.length > 0) fail(`unknown section${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`)
  return {
    only: new Set(only as Section[]),
    runs: Math.round(positive('runs', values.runs)),
    samples: Math.round(positive('samples', values.samples)),
    lighthouseRuns: Math.round(positive('lighthouse-runs', values['lighthouse-runs'])),
    facts: values.facts.split(',').map((n) => Math.round(positive('facts', n.replaceAll('_', '')))),
    cpuThrottle: positive('throttle', values.throttle),
    dist: resolve(values.dist),
    build: values.build,
  }
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`)
  process.exit(2)
}
