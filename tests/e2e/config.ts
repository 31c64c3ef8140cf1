import type { DatasetOverride } from './static-server.ts'

/** Where the intranet serves the dashboard: the build must work below a sub-path, not only at "/". */
export const APP_PATH = '/intranet/dashboards/chongqing/'

export type TabId = 'overview' | 'clusters' | 'nev' | 'finance'

/** What each tab must show, and one filter that must change what is drawn. Text is the English UI. */
export type TabSpec = {
  id: TabId
  label: string
  /** Texts of known figures that must be visible in the default (chart) view. */
  figureTexts: string[]
  filter: { group: string; choice: string; param: string; value: string }
}

export const TAB_SPECS: readonly TabSpec[] = [
  {
    id: 'overview',
    label: 'Overview',
    figureTexts: ['reach 1.1 trillion yuan', '→1.1T'],
    filter: { group: 'Kind', choice: 'Target', param: 'kind', value: 'target' },
  },
  {
    id: 'clusters',
    label: 'Industrial clusters',
    figureTexts: ['6 clusters', 'about 28%'],
    filter: { group: 'Kind', choice: 'Reported', param: 'kind', value: 'reported' },
  },
  {
    id: 'nev',
    label: 'NEV ecosystem',
    figureTexts: ['≈2.7M', '>1,600'],
    filter: { group: 'Kind', choice: 'Reported', param: 'kind', value: 'reported' },
  },
  {
    id: 'finance',
    label: 'Finance proposals',
    figureTexts: ['3 proposals'],
    filter: { group: 'Type', choice: 'Centres', param: 'category', value: 'centre' },
  },
]

export type Viewport = { width: number; height: number }

export const VIEWPORTS: readonly Viewport[] = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]

/** The narrowest phone the layout must fit without sideways scrolling. */
export const NARROW_VIEWPORT: Viewport = { width: 360, height: 780 }

/**
 * Dark mode two ways: the system's preference (prefers-color-scheme emulation), and the reader's
 * choice in the link (?theme=dark) overriding a light system.
 */
export type ThemeVariant = {
  id: string
  fileName: string
  colorScheme: 'light' | 'dark'
  params: Record<string, string>
  isDark: boolean
}

export const THEMES: readonly ThemeVariant[] = [
  { id: 'light', fileName: 'light', colorScheme: 'light', params: {}, isDark: false },
  { id: 'dark', fileName: 'dark', colorScheme: 'dark', params: {}, isDark: true },
  { id: '?theme=dark', fileName: 'dark-param', colorScheme: 'light', params: { theme: 'dark' }, isDark: true },
]

/** A sub-path serving the same build with a broken dataset, and what its error panel must say. */
export type ErrorCase = {
  id: string
  mount: string
  dataset: DatasetOverride
  title: string
  /** Further texts the panel must contain: the file, the reason, the failing field path. */
  details: string[]
  /** The one response that is meant to fail (and the console line Chromium logs for it). */
  expectedErrorStatus?: number
}

export function errorCases(validDatasetJson: string): ErrorCase[] {
  const schemaBroken = JSON.parse(validDatasetJson) as { facts: { value: unknown }[] }
  const first = schemaBroken.facts[0]
  if (!first) throw new Error('the dataset has no facts to break')
  first.value = String(first.value)

  return [
    {
      id: 'broken-json',
      mount: '/intranet/dashboards/chongqing-broken-json/',
      dataset: { status: 200, body: '{not json' },
      title: 'The dataset is not valid JSON',
      details: ['data/dataset.json could not be read as JSON'],
    },
    {
      id: 'missing',
      mount: '/intranet/dashboards/chongqing-missing/',
      dataset: { status: 404, body: 'not found', contentType: 'text/plain; charset=utf-8' },
      title: 'The dataset was not found',
      details: ['404', 'data/dataset.json'],
      expectedErrorStatus: 404,
    },
    {
      id: 'schema',
      mount: '/intranet/dashboards/chongqing-schema/',
      dataset: { status: 200, body: JSON.stringify(schemaBroken) },
      title: 'The dataset does not match its schema',
      details: ['data/dataset.json', 'facts[0].value'],
    },
  ]
}

/** Pages checked at once: three contexts keep both cores busy without starving the renderer. */
export const CONCURRENCY = 3

/** Longest wait for any one thing on the page; a healthy page needs well under a second. */
export const STEP_TIMEOUT_MS = 10_000
