import { screen, within } from '@testing-library/react'
import { factKinds } from '@/data/vocabulary'
import { en } from '@/i18n/en'
import { formatFigure } from '@/i18n/format'
import { interpolate } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'
import { currentParams, renderApp } from '../../render-app'
import { bodyRows } from '../../table-rows'

const data = loadDataset()
const nevFacts = data.facts.filter((fact) => fact.topic === 'nev')
const vehicleFacts = nevFacts.filter((fact) => fact.unit === 'vehicles')
const outputTitle = en['nev.output.title']

/** The body rows of a table: those with a row header. */
const outputRows = async () => bodyRows(await screen.findByRole('table', { name: outputTitle }))
/** Opens a filter's dropdown, as a reader does before choosing in it. */
const openFilter = async (user: { click: (element: Element) => Promise<void> }, name: RegExp) =>
  user.click(await screen.findByRole('button', { name }))

describe('NEV tab', () => {
  it('opens with its headline figures, 45 and more than 1,600 as numbers in no chart', async () => {
    renderApp({ url: '/?tab=nev' })
    const region = await screen.findByRole('region', { name: en['nev.headlines'] })
    for (const text of ['45 enterprises', 'more than', '1,600 enterprises', 'nearly', '2.7 million vehicles']) {
      expect(region).toHaveTextContent(text)
    }
    for (const frame of screen.getAllByRole('figure'))
      expect(frame).not.toHaveTextContent(/automobile enterprises|suppliers/)
  })

  it('tables every vehicle figure with its qualifier', async () => {
    renderApp({ url: '/?tab=nev&show=table' })
    const rows = await outputRows()
    expect(rows).toHaveLength(vehicleFacts.length)
    const text = rows.map((row) => row.textContent).join('\n')
    for (const fact of vehicleFacts) expect(text).toContain(formatFigure(fact, 'en'))
    expect(text).toContain('nearly 2.7 million vehicles')
  })

  it('describes the chart in sentences: who said what, what other sources give, what is computed', async () => {
    renderApp({ url: '/?tab=nev' })
    const figure = await screen.findByRole('figure', { name: outputTitle })
    for (const fact of vehicleFacts) {
      expect(figure).toHaveAccessibleDescription(expect.stringContaining(formatFigure(fact, 'en')))
    }
    expect(figure).toHaveAccessibleDescription(expect.stringContaining('Xu Lin said:'))
    expect(figure).toHaveAccessibleDescription(
      expect.stringContaining('From other public sources, not the conference:'),
    )
  })

  it('words the figures the Chinese way in Chinese', async () => {
    renderApp({ url: '/?tab=nev&show=table&lang=zh' })
    const table = await screen.findByRole('table', { name: zhCN['nev.output.title'] })
    for (const fact of vehicleFacts) expect(table).toHaveTextContent(formatFigure(fact, 'zh'))
    expect(table).toHaveTextContent('近270万辆')
  })

  it('shows a figure in no chart’s unit as a card, with its data note', async () => {
    const others = data.facts.filter(
      (f) => f.topic === 'nev' && !f.isHeadline && !['vehicles', 'percent'].includes(f.unit),
    )
    expect(others.length).toBeGreaterThan(0)
    renderApp({ url: '/?tab=nev' })
    for (const fact of others) {
      const card = must(
        (await screen.findByText(formatFigure(fact, 'en'))).closest('article'),
        `the card of ${fact.id}`,
      )
      expect(within(card).getByRole('heading', { name: fact.label.en })).toBeInTheDocument()
      for (const note of data.notes.filter((n) => n.appliesTo.includes(fact.id))) {
        expect(within(card).getByText(note.title.en, { exact: false })).toBeVisible()
      }
    }
  })

  it('switches a chart to a table with the "Table" choice, and writes it to the link', async () => {
    const { user } = renderApp({ url: '/?tab=nev' })
    await user.click(await screen.findByRole('radio', { name: 'Table' }))
    expect(await outputRows()).toHaveLength(vehicleFacts.length)
    expect(currentParams().get('show')).toBe('table')
  })

  it('narrows the table to the chosen kind, writes kind=context to the link, and resets', async () => {
    const { user } = renderApp({ url: '/?tab=nev&show=table' })
    const contextCount = vehicleFacts.filter((fact) => fact.kind === 'context').length
    expect(contextCount).toBeLessThan(vehicleFacts.length)

    await openFilter(user, /^Kind: All/)
    await user.click(await screen.findByRole('checkbox', { name: /^Context/ }))
    const rows = await outputRows()
    expect(rows).toHaveLength(contextCount)
    for (const row of rows) expect(row).toHaveTextContent(en['kind.context'])
    expect(currentParams().get('kind')).toBe('context')
    const scope = nevFacts.filter((fact) => !fact.isHeadline || ['vehicles', 'percent'].includes(fact.unit))
    const shown = scope.filter((fact) => fact.kind === 'context').length
    expect(screen.getByText(interpolate(en['filter.shown'], { shown, total: scope.length }))).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: en['filter.reset'] }))
    expect(await outputRows()).toHaveLength(vehicleFacts.length)
    expect(currentParams().has('kind')).toBe(false)
    expect(screen.getByRole('checkbox', { name: /^Context/ })).not.toBeChecked()
  })

  it('narrows to one area with the area radio', async () => {
    const { user } = renderApp({ url: '/?tab=nev&show=table' })
    await openFilter(user, /^Area: All/)
    await user.click(await screen.findByRole('radio', { name: /^China/ }))
    expect(await outputRows()).toHaveLength(vehicleFacts.filter((fact) => fact.region === 'china').length)
    expect(currentParams().get('region')).toBe('china')
  })

  it('counts, beside each kind, the figures it would show in the chosen area, disabling those with none', async () => {
    const { user } = renderApp({ url: '/?tab=nev&show=table&region=china' })
    await openFilter(user, /^Kind: All/)
    for (const kind of factKinds) {
      const count = nevFacts.filter((fact) => fact.region === 'china' && fact.kind === kind).length
      const name = new RegExp(`^${en[`kind.${kind}`]}\\s*\\(${count}\\)$`)
      expect(screen.getByRole('checkbox', { name })).toHaveProperty('disabled', count === 0)
    }
  })

  it('says where the figures are when a link’s filters leave nothing here', async () => {
    renderApp({ url: '/?tab=nev&kind=target' })
    expect(await screen.findByText(en['chart.empty'])).toBeInTheDocument()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    const where = screen.getByText(en['filter.elsewhere'], { exact: false })
    expect(within(where).getByRole('link', { name: new RegExp(en['tab.clusters']) })).toBeInTheDocument()
  })

  it('opens a figure’s source, with the speaker’s words, from its table row, and closes back to it', async () => {
    const fact = vehicleFacts.find((f) => f.kind === 'reported')
    if (fact?.kind !== 'reported') throw new Error('the fixture has no reported vehicle figure')
    const { user } = renderApp({ url: '/?tab=nev&show=table' })
    const table = await screen.findByRole('table', { name: outputTitle })
    const opener = within(table).getByRole('button', {
      name: interpolate(en['source.openFor'], { label: fact.label.en }),
    })
    await user.click(opener)
    const dialog = await screen.findByRole('dialog', { name: fact.label.en })
    expect(within(dialog).getByText(fact.quote, { exact: false })).toBeVisible()
    expect(currentParams().get('source')).toBe(fact.id)

    await user.click(within(dialog).getByRole('button', { name: en['dialog.close'] }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(currentParams().has('source')).toBe(false)
    expect(opener).toHaveFocus()
  })
})
