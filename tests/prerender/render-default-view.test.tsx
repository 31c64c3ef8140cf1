import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { screen, waitFor } from '@testing-library/react'
import { renderDefaultView } from '@/prerender/render-default-view'
import { serveJson } from '../fixtures/responses'
import { renderApp } from '../render-app'

const realText = readFileSync(resolve(import.meta.dirname, '../../data/dataset.json'), 'utf8')

/** The prerendered HTML as a reader's browser would parse it. */
function parse(html: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = html
  return root
}

describe('the prerendered default view', () => {
  it('shows the Overview with its real figures, qualifiers as worded, and no loading state', () => {
    const page = parse(renderDefaultView(realText).html)
    expect(page.querySelector('h1')?.textContent).toBe('Chongqing: a growth pole of high-quality development')
    expect(page.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute('aria-label')).toBe('Overview')
    const cards = page.textContent ?? ''
    expect(cards).toContain('45 enterprises')
    expect(cards).toContain('1,600 enterprises')
    expect(cards).toContain('Data as of 13 January 2023')
    expect(cards).not.toContain('Loading the dataset')
  })

  it('says the same words, in the same order, as the app’s first view of the same dataset', async () => {
    const prerendered = parse(renderDefaultView(realText).html).textContent
    expect(prerendered).toContain('Headline figures')
    const { container } = renderApp({ respond: serveJson(JSON.parse(realText)) })
    await screen.findByRole('heading', { name: 'Headline figures' })
    await waitFor(() => expect(container.textContent).toBe(prerendered))
  })

  it('refuses a dataset that fails validation, so a broken build stops instead of shipping it', () => {
    expect(() => renderDefaultView(JSON.stringify({ meta: {} }))).toThrow(/problems with the data/)
  })
})
