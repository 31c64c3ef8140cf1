import { act, screen, within } from '@testing-library/react'
import { DATASET_URL } from '@/data/dataset-query'
import { en } from '@/i18n/en'
import { interpolate } from '@/i18n/i18n'
import { tabs } from '@/view-state/view'
import { datasetWith, loadDataset } from '../fixtures/dataset'
import { failNetwork, serveJson, serveStatus, serveText } from '../fixtures/responses'
import { renderApp } from '../render-app'

/**
 * The alert with this title, once the dataset query has given up. It waits longer after each failed
 * try of a failure that may mend itself; the fake clock skips the waiting.
 */
async function findAlert(title: string) {
  await act(() => vi.advanceTimersByTimeAsync(60_000))
  const alert = await screen.findByRole('alert')
  expect(within(alert).getByText(title)).toBeInTheDocument()
  return alert
}

describe('when the dataset cannot be shown', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says a missing file (404) was not found, naming the file', async () => {
    renderApp({ respond: serveStatus(404) })
    const alert = await findAlert(en['error.not-found.title'])
    expect(alert).toHaveTextContent(interpolate(en['error.not-found.body'], { file: DATASET_URL }))
  })

  it('says the server refused it, with the HTTP status', async () => {
    renderApp({ respond: serveStatus(503) })
    const alert = await findAlert(en['error.http.title'])
    expect(alert).toHaveTextContent(interpolate(en['error.http.body'], { file: DATASET_URL, status: 503 }))
  })

  it('says an unreachable server could not be reached, after trying again', async () => {
    const { fetch } = renderApp({ respond: failNetwork() })
    await findAlert(en['error.network.title'])
    expect(fetch.mock.calls.length).toBeGreaterThan(1)
  })

  it('says a body that is not JSON is not valid JSON', async () => {
    renderApp({ respond: serveText('{not json') })
    const alert = await findAlert(en['error.malformed-json.title'])
    expect(alert).toHaveTextContent(DATASET_URL)
  })

  it('lists each field that does not match the schema by its path', async () => {
    renderApp({ respond: serveJson(datasetWith('facts[0].value', 'many')) })
    const alert = await findAlert(en['error.schema.title'])
    expect(alert).toHaveTextContent(interpolate(en['error.schema.body.one'], { file: DATASET_URL, count: 1 }))
    // Served on one line (JSON.stringify): line 1, at the column of the value.
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      /^1:\d+ facts\[0\]\.value: expected a number, found "many"$/,
    )
  })

  it('lists each problem at its line and column in the file, as validate-data prints it', async () => {
    // The file as an editor writes it, two spaces a level: facts[1].unit is on a line of its own.
    const json = datasetWith('facts[1].unit', 'bananas')
    const text = JSON.stringify(json, null, 2)
    const lines = text.split('\n')
    const line = lines.findIndex((candidate) => candidate.includes('"bananas"')) + 1
    const column = (lines[line - 1] ?? '').indexOf('"bananas"') + 1
    renderApp({ respond: serveText(text) })
    const alert = await findAlert(en['error.schema.title'])
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      `${line}:${column} facts[1].unit: expected one of "yuan", "usd", "yuan-per-usd", "vehicles", "enterprises", "percent", "km2", "clusters", "parks", "members", "proposals", found "bananas"`,
    )
  })

  it('lists the first 50 problems of a badly broken file and counts the rest', async () => {
    const json = loadDataset()
    for (const fact of json.facts) Object.assign(fact, { value: 'many', unit: 'bananas' })
    const problems = json.facts.length * 2
    expect(problems).toBeGreaterThan(50)
    renderApp({ respond: serveJson(json) })
    const alert = await findAlert(en['error.schema.title'])
    expect(alert).toHaveTextContent(interpolate(en['error.schema.body.other'], { file: DATASET_URL, count: problems }))
    expect(within(alert).getAllByRole('listitem')).toHaveLength(50)
    expect(alert).toHaveTextContent(interpolate(en['error.schema.more'], { count: problems - 50 }))
  })

  it('keeps the page around the error: header and tabs stay', async () => {
    renderApp({ respond: serveStatus(404) })
    await findAlert(en['error.not-found.title'])
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en['app.title'])
    expect(screen.getAllByRole('tab')).toHaveLength(tabs.length)
  })

  it('fetches again on Retry and shows the dashboard once the file is there', async () => {
    const { user, fetch } = renderApp({ respond: serveStatus(404) })
    await findAlert(en['error.not-found.title'])
    fetch.mockImplementation(serveJson(loadDataset()))
    await user.click(screen.getByRole('button', { name: en['error.retry'] }))
    expect(await screen.findByRole('heading', { name: en['overview.title'] })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('keeps the notice while the retry runs, saying so, with the button disabled against a second click', async () => {
    const { user, fetch } = renderApp({ respond: serveStatus(404) })
    await findAlert(en['error.not-found.title'])
    let answer: () => void = () => {}
    fetch.mockImplementation(() => new Promise<void>((resolve) => (answer = resolve)).then(serveJson(loadDataset())))
    await user.click(screen.getByRole('button', { name: en['error.retry'] }))
    try {
      expect(await screen.findByRole('button', { name: en['error.retrying'] }, { timeout: 1000 })).toBeDisabled()
    } finally {
      answer()
    }
    expect(await screen.findByRole('heading', { name: en['overview.title'] })).toBeInTheDocument()
  })
})
