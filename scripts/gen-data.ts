// npm run gen-data -- --facts N [--out path] [--seed S]: a synthetic dataset of N facts for the
// scale benchmark. It keeps the real meta, speakers, regions, lists, notes and facts, and adds
// synthetic facts spread across topics, units, kinds, periods and regions, the same for a seed.
//
// Synthetic quotes cannot be in the article, so they go to a file of their own beside the dataset
// (<out>.quotes.txt). The dataset passes parseDataset (schema, ids, references, derived values);
// validate-data's quote check is for the real article only, and would flag every synthetic quote.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DatasetError } from '../src/data/dataset-error.ts'
import { parseDataset } from '../src/data/parse-dataset.ts'
import { computeDerivedValue, roundToSignificant } from '../src/data/find-reference-problems.ts'
import { findQuoteProblems } from '../src/data/find-quote-problems.ts'
import { qualifiers, topics } from '../src/data/vocabulary.ts'
import { type Dataset, type DerivedFact, type Fact, type Topic, type Unit } from '../src/data/schema.ts'

const root = resolve(import.meta.dirname, '..')
const DEFAULT_SEED = 1

type LocalText = { en: string; zh: string }
type Method = DerivedFact['derivation']['method']

/** Units a topic's figures come in, as in the real dataset. */
const topicUnits: Record<Topic, readonly Unit[]> = {
  event: ['members', 'proposals'],
  industry: ['clusters', 'percent', 'yuan'],
  trade: ['yuan', 'usd', 'percent'],
  electronics: ['clusters', 'yuan', 'percent'],
  nev: ['vehicles', 'enterprises', 'percent', 'yuan'],
  finance: ['proposals', 'yuan', 'percent'],
  liangjiang: ['clusters', 'parks', 'yuan'],
  'science-city': ['percent', 'km2', 'yuan'],
}

/** [lowest, highest, decimals] of a plausible figure in each unit. */
const unitRanges: Record<Unit, readonly [number, number, number]> = {
  yuan: [1e8, 5e12, 0],
  usd: [1e7, 8e11, 0],
  'yuan-per-usd': [6, 7.5, 2],
  vehicles: [1e3, 5e6, 0],
  enterprises: [5, 5000, 0],
  percent: [0.1, 99.9, 1],
  km2: [5, 2000, 1],
  clusters: [1, 40, 0],
  parks: [1, 30, 0],
  members: [1, 200, 0],
  proposals: [1, 12, 0],
}

const pastPeriods: readonly LocalText[] = [
  ...Array.from({ length: 8 }, (_, i) => ({ en: String(2015 + i), zh: `${2015 + i}年` })),
  { en: 'January–November 2022', zh: '2022年1–11月' },
  { en: 'As of January 2023', zh: '截至2023年1月' },
]
const targetPeriods: readonly LocalText[] = [
  { en: 'By 2025', zh: '到2025年' },
  { en: 'By 2027', zh: '到2027年' },
  { en: 'By 2030', zh: '到2030年' },
  { en: 'Target, no date stated', zh: '目标，未注明时间' },
]

/** Mulberry32: a small, fast, seedable generator, so a seed always gives the same dataset. */
function createRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  return { next, pick }
}

const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals))
/** Synthetic derived values are stored to four significant figures, and say so. */
const SIGNIFICANT_FIGURES = 4

type Generated = { dataset: Dataset; syntheticQuotes: string[] }

/**
 * The real dataset with synthetic facts added until it has `facts` facts. Derived facts take two
 * earlier synthetic facts as inputs and store the value their method gives, rounded to the
 * significant figures they state, so parseDataset's recomputation agrees.
 */
function generateDataset(real: Dataset, facts: number, seed: number): Generated {
  const random = createRandom(seed)
  const count = facts - real.facts.length
  if (count < 0) throw new Error(`--facts must be at least ${real.facts.length}, the real dataset's count`)
  const speakerIds = real.speakers.map((s) => s.id)
  const regionIds = real.regions.map((r) => r.id)
  const noteIds = real.notes.map((n) => n.id)
  const byUnit = new Map<Unit, Fact[]>()
  const syntheticQuotes: string[] = []
  const added: Fact[] = []

  const valueIn = (unit: Unit) => {
    const [low, high, decimals] = unitRanges[unit]
    // Log-uniform for wide ranges, so small and large figures both appear.
    const value = high / low > 100 ? low * (high / low) ** random.next() : low + (high - low) * random.next()
    return roundTo(value, decimals)
  }

  const derive = (base: Omit<DerivedFact, 'kind' | 'derivation' | 'value' | 'unit'>): DerivedFact | null => {
    const method: Method = random.pick(['percent', 'percent-change', 'cagr', 'difference', 'ratio'] as const)
    const pool = method === 'ratio' ? (byUnit.get('yuan') ?? []) : (byUnit.get(random.pick([...byUnit.keys()])) ?? [])
    const other = method === 'ratio' ? (byUnit.get('usd') ?? []) : pool
    if (pool.length === 0 || other.length < (method === 'ratio' ? 1 : 2)) return null
    let a = random.pick(pool)
    let b = random.pick(other)
    while (b === a) b = random.pick(other)
    // Only a percentage may be negative: a difference takes the larger figure first.
    if (method === 'difference' && a.value < b.value) [a, b] = [b, a]
    const years = method === 'cagr' ? 1 + Math.floor(random.next() * 10) : undefined
    const computed = computeDerivedValue(method, [a.value, b.value], years)
    if (computed === undefined || !Number.isFinite(computed)) return null
    const unit: Unit = method === 'difference' ? a.unit : method === 'ratio' ? 'yuan-per-usd' : 'percent'
    return {
      ...base,
      kind: 'derived',
      value: roundToSignificant(computed, SIGNIFICANT_FIGURES),
      unit,
      derivation: {
        method,
        inputs: [a.id, b.id],
        ...(years === undefined ? {} : { years }),
        significantFigures: SIGNIFICANT_FIGURES,
        formula: { en: `${method} of ${a.id} and ${b.id}`, zh: `${a.id}与${b.id}的${method}` },
      },
    }
  }

  for (let i = 1; i <= count; i++) {
    const topic = random.pick(topics)
    const unit = random.pick(topicUnits[topic])
    const roll = random.next()
    const kind = roll < 0.4 ? 'reported' : roll < 0.65 ? 'target' : roll < 0.85 ? 'context' : 'derived'
    const id = `synthetic-${i}`
    const base = {
      id,
      label: { en: `Synthetic ${topic} figure ${i}`, zh: `合成${topic}数据${i}` },
      period: random.pick(kind === 'target' ? targetPeriods : pastPeriods),
      region: random.pick(regionIds),
      topic,
      ...(random.next() < 0.3 ? { qualifier: random.pick(qualifiers) } : {}),
      ...(random.next() < 0.03 ? { notes: [random.pick(noteIds)] } : {}),
    }
    let fact: Fact | null = null
    if (kind === 'derived') fact = derive(base)
    if (fact === null) {
      const value = valueIn(unit)
      const sentence = `Synthetic figure ${i}: ${value} ${unit}, ${base.period.en}, for the scale benchmark.`
      if (kind === 'context') {
        fact = {
          ...base,
          kind,
          value,
          unit,
          source: {
            url: `https://example.org/synthetic/${id}`,
            publisher: { en: 'Synthetic statistics bureau', zh: '合成统计局' },
            quote: sentence,
          },
        }
      } else {
        fact = {
          ...base,
          kind: kind === 'derived' ? 'reported' : kind,
          value,
          unit,
          speaker: random.pick(speakerIds),
          quote: sentence,
        }
        syntheticQuotes.push(sentence)
      }
      const pool = byUnit.get(unit)
      if (pool) pool.push(fact)
      else byUnit.set(unit, [fact])
    }
    added.push(fact)
  }
  return { dataset: { ...real, facts: [...real.facts, ...added] }, syntheticQuotes }
}

function main() {
  const { values } = parseArgs({
    options: {
      facts: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
    },
  })
  const facts = Number(values.facts)
  const seed = Number(values.seed)
  if (!Number.isInteger(facts) || facts < 1) {
    console.error('usage: npm run gen-data -- --facts N [--out path] [--seed S]   (N: total facts, real ones included)')
    process.exit(2)
  }
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be an integer, got "${values.seed}"`)
    process.exit(2)
  }
  const out = resolve(values.out ?? resolve(tmpdir(), `cq-dataset-${facts}-seed-${seed}.json`))
  const quotesOut = out.replace(/\.json$/, '') + '.quotes.txt'

  const real = parseDataset(JSON.parse(readFileSync(resolve(root, 'data/dataset.json'), 'utf8')))
  const { dataset, syntheticQuotes } = generateDataset(real, facts, seed)
  const text = JSON.stringify(dataset)

  // Check what was written, as the app will read it: schema, references and derived values. The
  // quote check must flag the synthetic facts' quotes and nothing else: the real ones stay verbatim.
  const started = performance.now()
  const parsed = parseDataset(JSON.parse(text))
  const validateMs = performance.now() - started
  const article = readFileSync(resolve(root, 'data/article.txt'), 'utf8')
  const realQuoteProblems = findQuoteProblems(parsed, article).filter(
    (problem) => Number(/^facts\[(\d+)\]/.exec(problem.path)?.[1] ?? -1) < real.facts.length,
  )
  if (realQuoteProblems.length > 0) throw new Error(`quote problems: ${JSON.stringify(realQuoteProblems.slice(0, 3))}`)

  writeFileSync(out, text)
  writeFileSync(quotesOut, `${syntheticQuotes.join('\n')}\n`)
  const kinds = new Map<string, number>()
  for (const fact of dataset.facts) kinds.set(fact.kind, (kinds.get(fact.kind) ?? 0) + 1)
  console.log(
    `${out}: ${dataset.facts.length} facts (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ` +
      `${statSync(out).size.toLocaleString('en')} bytes, seed ${seed}; ` +
      `valid by parseDataset in ${validateMs.toFixed(0)} ms`,
  )
  console.log(`${quotesOut}: the ${syntheticQuotes.length} synthetic quotes (not in data/article.txt)`)
}

try {
  main()
} catch (error) {
  // A generated dataset that parseDataset rejects is a bug here (or a new rule in parse-dataset.ts
  // this generator does not follow yet): say which paths, and write nothing.
  if (error instanceof DatasetError) {
    console.error(`generated dataset is invalid: ${JSON.stringify(error.problems.slice(0, 5))}`)
  } else {
    console.error(error instanceof Error ? error.message : String(error))
  }
  process.exit(1)
}
