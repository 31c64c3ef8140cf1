// @vitest-environment node
import fc from 'fast-check'
import { MAX_QUERY_LENGTH, parseOrigin, parseView, type ViewProblem } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import {
  defaultView,
  displays,
  filterChoices,
  locales,
  modes,
  tabCharts,
  tabFilters,
  tabs,
  themes,
  type View,
} from '@/view-state/view'
import { ACCEPTED_PARAMS, anyQuery } from '../fixtures/hostile-queries'
import { caseTimer, describeValue } from './case-timer'

/**
 * A link edited by hand, or by nobody at all: whatever the query string, parseView gives a view the
 * app can show, says what it ignored, and never throws.
 */

const NUM_RUNS = 2000
const MAX_REPORTED = 201
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ACCEPTED = new Set<string>(ACCEPTED_PARAMS)
const clip = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…` : text)

/** Every constraint a view the app renders relies on; a list of what is wrong, empty when valid. */
function invalidPartsOf(view: View): string[] {
  const wrong: string[] = []
  const check = (isValid: boolean, what: string) => {
    if (!isValid) wrong.push(what)
  }
  check(tabs.includes(view.tab), `tab ${view.tab}`)
  check(locales.includes(view.lang), `lang ${view.lang}`)
  check(themes.includes(view.theme), `theme ${view.theme}`)
  check(displays.includes(view.display), `display ${view.display}`)
  check(modes.includes(view.mode), `mode ${view.mode}`)
  check(view.chart === null || (tabCharts[view.tab] as readonly string[]).includes(view.chart), `chart ${view.chart}`)
  check(view.source === null || (ID.test(view.source) && view.source.length <= 200), `source ${view.source}`)
  check(Number.isInteger(view.slide) && view.slide >= 1 && view.slide <= 999, `slide ${view.slide}`)
  check(
    view.mode === 'present' || (view.slide === 1 && view.deck.length === 0),
    'a slide or deck outside presenter mode',
  )
  check(view.deck.length <= 100 && view.deck.every((slide) => slide.length <= 2000), 'deck size')
  check(view.host === null || (view.mode === 'embed' && parseOrigin(view.host) === view.host), `host ${view.host}`)
  for (const [key, allowed] of Object.entries(filterChoices) as [keyof typeof filterChoices, readonly string[]][]) {
    const chosen: readonly string[] = view.filters[key]
    const inOrder = [...new Set(chosen)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b))
    check(
      chosen.every((value) => allowed.includes(value)),
      `${key} values ${chosen.join(',')}`,
    )
    check(inOrder.join(',') === chosen.join(','), `${key} not unique and in order`)
  }
  for (const key of ['speaker', 'region', 'proposal'] as const) {
    const value = view.filters[key]
    check(value === null || (ID.test(value) && value.length <= 200), `${key} ${value}`)
  }
  for (const [key, value] of Object.entries(view.filters)) {
    const isEmpty = value === null || (Array.isArray(value) && value.length === 0)
    check(isEmpty || tabFilters[view.tab].includes(key as keyof View['filters']), `${key} set on ${view.tab}`)
  }
  return wrong
}

const mentions = (problems: ViewProblem[], key: string) =>
  problems.some(
    (problem) =>
      ('param' in problem && problem.param === clip(key)) || (problem.kind === 'bad-slide' && key === 'view'),
  )

/** The params as the app reads them: "?" or not, and the length cap, as parseView applies them. */
const paramsOf = (query: string) =>
  new URLSearchParams(query.length > MAX_QUERY_LENGTH ? query.slice(0, MAX_QUERY_LENGTH) : query)

function withoutKey(params: URLSearchParams, key: string): string {
  const rest = new URLSearchParams(params)
  rest.delete(key)
  return rest.toString()
}

// What a default spelled out reads as: nothing to report, and nothing lost by dropping it.
const spelledOutDefaults = new Set(['tab=overview', 'lang=en', 'theme=system', 'show=chart', 'slide=1'])

/**
 * Every param in the query is used, or reported, or says the default in words. A param the view
 * ignores without a word is the bug this looks for. (Repeats of one param are a separate test.)
 */
function silentlyIgnoredKeys(query: string, view: View, problems: ViewProblem[]): string[] {
  const params = paramsOf(query)
  const ignored: string[] = []
  for (const key of new Set(params.keys())) {
    if (mentions(problems, key)) continue
    if (spelledOutDefaults.has(`${key}=${params.get(key)}`)) continue
    const without = parseView(withoutKey(params, key)).view
    if (JSON.stringify(without) === JSON.stringify(view)) ignored.push(key)
  }
  return ignored
}

describe('parseView on any query string', () => {
  const timer = caseTimer(`parseView property (numRuns ${NUM_RUNS})`)
  afterAll(() => {
    timer.report()
  })

  it('gives a valid view that round-trips with no problems, reports every unknown key, and ignores nothing silently', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const { view, problems } = timer.time(
          () => describeValue(query),
          () => parseView(query),
        )
        expect(invalidPartsOf(view), query).toEqual([])
        expect(parseView(serializeView(view)), query).toEqual({ view, problems: [] })

        const keys = new Set(paramsOf(query).keys())
        for (const key of keys) {
          if (!ACCEPTED.has(key))
            expect(problems, `unknown key ${JSON.stringify(key)}`).toContainEqual({
              kind: 'unknown-param',
              param: clip(key),
            })
        }
        // Every problem names a param of the query, and stays short enough to show in a notice.
        for (const problem of problems) {
          // A bad slide is named by its place in the deck, a link cut short by its length.
          if (!('param' in problem)) continue
          expect(
            keys.has(problem.param) || [...keys].some((key) => clip(key) === problem.param),
            JSON.stringify(problem),
          ).toBe(true)
          expect(problem.param.length).toBeLessThanOrEqual(MAX_REPORTED)
          if ('value' in problem) expect(problem.value.length).toBeLessThanOrEqual(MAX_REPORTED)
        }
        expect(silentlyIgnoredKeys(query, view, problems), query).toEqual([])
      }),
      { numRuns: NUM_RUNS },
    )
    expect(timer.count).toBeGreaterThanOrEqual(NUM_RUNS)
  })

  it('reads a default spelled out as that default, with nothing to report', () => {
    for (const pair of spelledOutDefaults) {
      const query = pair === 'slide=1' ? `?present=1&${pair}` : `?${pair}`
      const { view, problems } = parseView(query)
      expect(problems, query).toEqual([])
      expect(serializeView(view), query).toBe(pair === 'slide=1' ? '?present=1' : '')
    }
    expect(defaultView.slide).toBe(1)
  })
})

describe('parseView on a param given twice', () => {
  // Single-valued params are read once: a repeat that differs from the value used is reported.
  it.each([
    '?tab=nev&tab=finance',
    '?lang=zh&lang=en',
    '?tab=nev&kind=reported&kind=rumour',
    '?present=1&slide=2&slide=x',
    '?embed=1&host=https://a.example&host=junk',
  ])('reports the value it drops from %s', (query) => {
    const { problems } = parseView(query)
    const repeated = [...paramsOf(query).keys()].find((key, index, all) => all.indexOf(key) !== index)
    expect(problems.some((problem) => 'param' in problem && problem.param === repeated)).toBe(true)
  })

  it('keeps the repeats a deck is made of', () => {
    const { view, problems } = parseView('?present=1&view=tab%3Dnev&view=tab%3Dfinance')
    expect(problems).toEqual([])
    expect(view.deck).toEqual(['tab=nev', 'tab=finance'])
  })
})

describe('parseView on a query longer than it reads', () => {
  // A deck of long slides fits; a link past the cap says it was cut.
  it('says what it cut', () => {
    const slide = `tab=nev&kind=reported&${'x'.repeat(1900)}`
    const views = Array.from({ length: 12 }, () => `view=${encodeURIComponent(slide)}`).join('&')
    const query = `?present=1&${views}&lang=zh&slide=3`
    expect(query.length).toBeGreaterThan(20_000)
    const { view, problems } = parseView(query)
    const isWhole = view.deck.length === 12 && view.lang === 'zh' && view.slide === 3
    expect(isWhole || problems.length > 0).toBe(true)
  })
})
