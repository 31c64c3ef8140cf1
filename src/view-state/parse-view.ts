import {
  defaultView,
  displays,
  emptyFilters,
  filterChoices,
  isReferenceTab,
  locales,
  sortColumns,
  tabCharts,
  tabFilters,
  tabs,
  themes,
  type ChartId,
  type FilterKey,
  type Filters,
  type Mode,
  type View,
} from '@/view-state/view'
import { defaultDeck, TITLE_SLIDE } from '@/view-state/default-deck'
import { MAX_SLIDE_PARTS } from '@/view-state/slide-parts'

/** Something in the URL that could not be used; the page shows the default instead and says so. */
export type ViewProblem =
  | { kind: 'unknown-param'; param: string }
  | { kind: 'invalid-value'; param: string; value: string }
  | { kind: 'repeated-param'; param: string; value: string }
  | { kind: 'not-on-tab'; param: string; tab: View['tab'] }
  | { kind: 'too-long'; max: number }
  | { kind: 'bad-slide'; slide: number; value: string }

const MAX_VALUE_LENGTH = 200
const MAX_SLIDES = 100
const MAX_SLIDE_LENGTH = 2_000
/** Room for the longest deck the app accepts, a hundred slides of two thousand characters. */
export const MAX_QUERY_LENGTH = 250_000
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const filterParams: readonly FilterKey[] = [
  'kind',
  'speaker',
  'region',
  'tier',
  'proposal',
  'category',
  'topic',
  'q',
  'sort',
]
const SORT_PATTERN = new RegExp(`^(?:${sortColumns.join('|')})(?::desc)?$`)
const viewParams = [
  'tab',
  'chart',
  'show',
  'source',
  'spotlight',
  'present',
  'embed',
  'slide',
  'view',
  'presenter',
  'host',
  'lang',
  'theme',
] as const
const acceptedParams = new Set<string>([...viewParams, ...filterParams])

/**
 * Reads a view from a query string. Never throws: a missing param takes its default, an unknown or
 * invalid one takes its default and is reported, so the page can say what it ignored.
 */
export function parseView(search: string): { view: View; problems: ViewProblem[] } {
  const problems: ViewProblem[] = []
  if (search.length > MAX_QUERY_LENGTH) problems.push({ kind: 'too-long', max: MAX_QUERY_LENGTH })
  const params = new URLSearchParams(search.slice(0, MAX_QUERY_LENGTH))
  const invalid = (param: string, value: string) =>
    problems.push({ kind: 'invalid-value', param: clip(param), value: clip(value) })

  const pick = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(param)
    if (value === null) return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    invalid(param, value)
    return fallback
  }

  for (const param of new Set(params.keys())) {
    if (!acceptedParams.has(param)) {
      problems.push({ kind: 'unknown-param', param: clip(param) })
      continue
    }
    // Every param but a deck's slides says one thing: the first says it, a different repeat is ignored.
    const [first, ...repeats] = params.getAll(param)
    if (param === 'view') continue
    for (const value of new Set(repeats)) {
      if (value !== first) problems.push({ kind: 'repeated-param', param, value: clip(value) })
    }
  }

  const mode = parseMode(params, invalid)
  let tab = pick('tab', tabs, defaultView.tab)
  if (mode === 'embed' && isReferenceTab(tab)) {
    invalid('tab', tab)
    tab = defaultView.tab
  }
  const view: View = {
    ...defaultView,
    tab,
    lang: pick('lang', locales, defaultView.lang),
    theme: pick('theme', themes, defaultView.theme),
    display: pick('show', displays, defaultView.display),
    filters: { ...emptyFilters },
  }

  const chart = params.get('chart')
  if (chart !== null) {
    const charts: readonly string[] = tabCharts[tab]
    if (charts.includes(chart)) view.chart = chart as ChartId
    else invalid('chart', chart)
  }

  for (const key of filterParams) {
    const value = params.get(key)
    if (value === null) continue
    if (!tabFilters[tab].includes(key)) {
      problems.push({ kind: 'not-on-tab', param: key, tab })
      continue
    }
    const parsed = parseFilter(key, value)
    if (parsed === undefined) invalid(key, value)
    else view.filters = { ...view.filters, [key]: parsed }
  }

  for (const param of ['source', 'spotlight'] as const) {
    const value = params.get(param)
    if (value === null) continue
    if (isId(value)) view[param] = value
    else invalid(param, value)
  }

  view.mode = mode
  if (view.mode === 'present') {
    view.deck = parseDeck(params.getAll('view'), problems)
    // A link may continue on more slides (a long list); how many is known once the data is in.
    const count = (view.deck.length > 0 ? view.deck.length : defaultDeck.length) * MAX_SLIDE_PARTS
    const slide = params.get('slide')
    if (slide !== null) {
      if (!/^[1-9]\d{0,2}$/.test(slide)) invalid('slide', slide)
      else if (Number(slide) > count) invalid('slide', slide)
      else view.slide = Number(slide)
    }
    const presenter = params.get('presenter')
    if (presenter === '1' || presenter === '') view.isPresenterView = true
    else if (presenter !== null) invalid('presenter', presenter)
  } else {
    for (const param of ['slide', 'view', 'presenter'] as const) {
      if (params.has(param)) problems.push({ kind: 'invalid-value', param, value: clip(params.get(param) ?? '') })
    }
  }

  const host = params.get('host')
  if (host !== null) {
    const origin = parseOrigin(host)
    if (origin && view.mode === 'embed') view.host = origin
    else invalid('host', host)
  }

  return { view, problems }
}

/**
 * A deck's slides, each a view link without presenter params, or the title slide. A slide that is not a valid view is
 * dropped and reported by its place in the deck, so the presenter learns which link to fix.
 */
function parseDeck(slides: string[], problems: ViewProblem[]): string[] {
  if (slides.length > MAX_SLIDES)
    problems.push({ kind: 'invalid-value', param: 'view', value: `${slides.length} slides` })
  return slides.slice(0, MAX_SLIDES).flatMap((slide, index) => {
    if (slide === TITLE_SLIDE) return [slide]
    const nested = slide.length > MAX_SLIDE_LENGTH ? null : parseView(slide)
    if (!nested || nested.problems.length > 0 || nested.view.mode !== 'app' || isReferenceTab(nested.view.tab)) {
      problems.push({ kind: 'bad-slide', slide: index + 1, value: clip(slide) })
      return []
    }
    return [slide]
  })
}

function parseMode(params: URLSearchParams, invalid: (param: string, value: string) => void): Mode {
  const flag = (param: 'present' | 'embed') => {
    const value = params.get(param)
    if (value === null) return false
    if (value === '1' || value === '') return true
    invalid(param, value)
    return false
  }
  const isEmbedded = flag('embed')
  const isPresenting = flag('present')
  if (isEmbedded && isPresenting) invalid('present', 'with embed')
  return isEmbedded ? 'embed' : isPresenting ? 'present' : 'app'
}

function parseFilter<K extends FilterKey>(key: K, value: string): Filters[K] | undefined {
  if (key === 'q') {
    const text = value.trim()
    return (text !== '' && text.length <= MAX_VALUE_LENGTH ? text : undefined) as Filters[K] | undefined
  }
  if (key === 'sort') return (SORT_PATTERN.test(value) ? value : undefined) as Filters[K] | undefined
  if (key in filterChoices) {
    const allowed: readonly string[] = filterChoices[key as keyof typeof filterChoices]
    const values = value.split(',').filter((part) => part !== '')
    if (values.length === 0 || values.some((part) => !allowed.includes(part))) return undefined
    return [...new Set(values)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b)) as Filters[K]
  }
  // Single choices name dataset ids; whether the id exists is checked once the dataset has loaded.
  return (isId(value) ? value : undefined) as Filters[K] | undefined
}

const isId = (value: string) => value.length <= MAX_VALUE_LENGTH && ID_PATTERN.test(value)
const clip = (value: string) => (value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value)

/** An http(s) origin and nothing more: "https://intranet.example" or "http://127.0.0.1:8080". */
export function parseOrigin(value: string): string | null {
  if (!/^https?:\/\/[^/?#\s]+$/i.test(value)) return null
  try {
    const url = new URL(value)
    return url.origin === 'null' ? null : url.origin
  } catch {
    return null
  }
}
