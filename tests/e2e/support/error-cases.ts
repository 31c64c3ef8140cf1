import type { Mount } from '../static-server.ts'

/** A sub-path serving the same build with a broken dataset, and what its error panel must say. */
export type ErrorCase = {
  id: 'broken-json' | 'missing' | 'schema'
  mount: string
  /** What is wrong with the dataset, for the test's title. */
  what: string
  title: string
  /** Further texts the panel must contain: the file, the reason, the failing field path. */
  details: string[]
  /** The one response that is meant to fail (and the console line Chromium logs for it). */
  expectedErrorStatus?: number
}

export const ERROR_CASES: readonly ErrorCase[] = [
  {
    id: 'broken-json',
    mount: '/intranet/dashboards/chongqing-broken-json/',
    what: 'not valid JSON',
    title: 'The dataset is not valid JSON',
    details: ['data/dataset.json could not be read as JSON'],
  },
  {
    id: 'missing',
    mount: '/intranet/dashboards/chongqing-missing/',
    what: 'missing (404)',
    title: 'The dataset was not found',
    details: ['404', 'data/dataset.json'],
    expectedErrorStatus: 404,
  },
  {
    id: 'schema',
    mount: '/intranet/dashboards/chongqing-schema/',
    what: 'off its schema',
    title: 'The dataset does not match its schema',
    details: ['data/dataset.json', 'facts[0].value'],
  },
]

/** The server's mounts for the cases: the built dataset broken three ways (its first value made a string). */
export function errorMounts(validDatasetJson: string): Mount[] {
  const schemaBroken = JSON.parse(validDatasetJson) as { facts: { value: unknown }[] }
  const first = schemaBroken.facts[0]
  if (!first) throw new Error('the dataset has no facts to break')
  first.value = String(first.value)

  const datasets: Record<ErrorCase['id'], Mount['dataset']> = {
    'broken-json': { status: 200, body: '{not json' },
    missing: { status: 404, body: 'not found', contentType: 'text/plain; charset=utf-8' },
    schema: { status: 200, body: JSON.stringify(schemaBroken) },
  }
  return ERROR_CASES.map((errorCase) => ({ path: errorCase.mount, dataset: datasets[errorCase.id] }))
}
