import { screen, within } from '@testing-library/react'
import { en } from '@/i18n/en'
import { formatFigure } from '@/i18n/format'
import { interpolate } from '@/i18n/i18n'
import { loadDataset } from '../fixtures/dataset'
import { currentParams, renderApp } from '../render-app'
import { must } from '../fixtures/must'

const data = loadDataset()

describe('source panel', () => {
  it('opens from a link with the figure, the speaker’s words and the article', async () => {
    const fact = data.facts.find((f) => f.kind === 'reported')
    if (fact?.kind !== 'reported') throw new Error('the fixture has no reported fact')
    renderApp({ url: `/?source=${fact.id}` })
    const dialog = await screen.findByRole('dialog', { name: fact.label.en })
    expect(within(dialog).getByText(formatFigure(fact, 'en'))).toBeVisible()
    expect(within(dialog).getByText(fact.quote, { exact: false })).toBeVisible()
    expect(within(dialog).getByRole('link', { name: en['source.openPage'] })).toHaveAttribute(
      'href',
      data.meta.article.url,
    )
  })

  it('shows how a derived figure is computed, and opens each input’s own source', async () => {
    const fact = data.facts.find((f) => f.kind === 'derived')
    if (fact?.kind !== 'derived') throw new Error('the fixture has no derived fact')
    const input = must(
      data.facts.find((f) => f.id === fact.derivation.inputs[0]),
      'the first input',
    )
    const { user } = renderApp({ url: `/?source=${fact.id}` })
    const dialog = await screen.findByRole('dialog', { name: fact.label.en })
    expect(dialog).toHaveTextContent(interpolate(en['source.derived'], { formula: fact.derivation.formula.en }))

    await user.click(within(dialog).getByRole('link', { name: input.label.en }))
    expect(await screen.findByRole('dialog', { name: input.label.en })).toBeInTheDocument()
    expect(currentParams().get('source')).toBe(input.id)
  })

  it('shows the data notes beside the figure, open', async () => {
    const fact = must(
      data.facts.find((f) => data.notes.some((note) => note.appliesTo.includes(f.id))),
      'a fact with a note',
    )
    const note = must(
      data.notes.find((n) => n.appliesTo.includes(fact.id)),
      'its note',
    )
    renderApp({ url: `/?source=${fact.id}` })
    const dialog = await screen.findByRole('dialog', { name: fact.label.en })
    expect(within(dialog).getByText(note.body.en)).toBeVisible()
  })

  it('reports a source id the dataset does not have', async () => {
    renderApp({ url: '/?source=no-such-fact' })
    expect(await screen.findByText(en['notice.ignored.title'])).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(currentParams().has('source')).toBe(false)
  })
})
