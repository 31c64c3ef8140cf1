import {
  defaultView,
  displays,
  emptyFilters,
  filterChoices,
  locales,
  tabFilters,
  tabs,
  themes,
  type FilterKey,
  type Filters,
  type View,
} from '@/view-state/view'

/** Something in the URL that could not be used; the page shows the default instead and says so. */
export type ViewProblem =
  | { kind: 'unknown-param'; param: string }
  | { kind: 'invalid-value'; param: string; value: string }
  | { kind: 'not-on-tab'; param: string; tab: View['tab'] }

const MAX_VALUE_LENGTH = 200
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const viewParams = ['tab', 'lang', 'theme', 'show'] as const
const filterParams: readonly FilterKey[] = ['kind', 'speaker', 'region', 'tier', 'proposal', 'category']

/**
 * Reads a view from a query string. Never throws: a missing param takes its default, an unknown or
 * invalid one takes its default and is reported, so the page can say what it ignored.
 */
export function parseView(search: string): { view: View; problems: ViewProblem[] } {
  const params = new URLSearchParams(search)
  const problems: ViewProblem[] = []
  const invalid = (param: string, value: string) =>
    problems.push({ kind: 'invalid-value', param, value: value.slice(0, MAX_VALUE_LENGTH) })

  const pick = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(param)
    if (value === null) return fallback
    if ((allowed as readonly string[]).includes(value)) return value as T
    invalid(param, value)
    return fallback
  }

  const tab = pick('tab', tabs, defaultView.tab)
  const view: View = {
    tab,
    lang: pick('lang', locales, defaultView.lang),
    theme: pick('theme', themes, defaultView.theme),
    display: pick('show', displays, defaultView.display),
    filters: { ...emptyFilters },
  }

  const accepted = new Set<string>([...viewParams, ...filterParams])
  for (const param of new Set(params.keys())) {
    if (!accepted.has(param)) problems.push({ kind: 'unknown-param', param: param.slice(0, MAX_VALUE_LENGTH) })
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

  return { view, problems }
}

function parseFilter<K extends FilterKey>(key: K, value: string): Filters[K] | undefined {
  if (key === 'kind' || key === 'tier' || key === 'category') {
    const allowed: readonly string[] = filterChoices[key as keyof typeof filterChoices]
    const values = value.split(',').filter((part) => part !== '')
    if (values.length === 0 || values.some((part) => !allowed.includes(part))) return undefined
    return [...new Set(values)].sort((a, b) => allowed.indexOf(a) - allowed.indexOf(b)) as Filters[K]
  }
  // Single choices name dataset ids; whether the id exists is checked once the dataset has loaded.
  return (ID_PATTERN.test(value) && value.length <= MAX_VALUE_LENGTH ? value : undefined) as Filters[K] | undefined
}
