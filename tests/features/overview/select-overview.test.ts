// @vitest-environment node
import { factKinds, type FactKind } from '@/data/vocabulary'
import { selectOverview, selectSpeakers } from '@/features/overview/select-overview'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const ids = (rows: { id: string }[]) => rows.map((row) => row.id)

describe('selectOverview', () => {
  it('opens with every headline figure, in the dataset’s order, whatever the filters', () => {
    const headlineIds = data.facts.filter((fact) => fact.isHeadline).map((fact) => fact.id)
    expect(ids(selectOverview(data, filters()).headlines)).toEqual(headlineIds)
    expect(ids(selectOverview(data, filters({ kind: ['context'] })).headlines)).toEqual(headlineIds)
    expect(selectOverview(data, filters()).shown).toBe(selectOverview(data, filters()).total)
  })

  it('counts the derived growth sentences it shows as derived figures', () => {
    const overview = selectOverview(data, filters())
    const derived = overview.growth.flatMap((g) => [g.change, g.cagr, g.gap].filter((row) => row !== undefined))
    expect(derived.length).toBeGreaterThan(0)
    expect(overview.kindCounts.get('derived')).toBe(derived.length)
    expect(selectOverview(data, filters({ kind: ['derived'] })).growth).toEqual(overview.growth)
  })

  it('draws the stated and context trade levels in yuan, smallest first, and no derived ones', () => {
    const { trade } = selectOverview(data, filters())
    const expected = data.facts.filter((f) => f.topic === 'trade' && f.unit === 'yuan' && f.kind !== 'derived')
    expect(new Set(ids(trade))).toEqual(new Set(ids(expected)))
    expect(trade.map((row) => row.value)).toEqual([...trade.map((row) => row.value)].sort((a, b) => a - b))
  })

  it('narrows the bars and the growth sentences to the chosen kinds', () => {
    const overview = selectOverview(data, filters({ kind: ['context'] }))
    expect(overview.trade.length).toBeGreaterThan(0)
    for (const row of overview.trade) expect(row.kind).toBe('context')
    expect(overview.growth).toEqual([])
    expect(overview.shown).toBeLessThan(overview.total)
  })

  it('narrows to one speaker’s figures and what is derived from them, leaving out other sources', () => {
    const speaker = must(data.speakers[0], 'a speaker').id
    const overview = selectOverview(data, filters({ speaker }))
    expect(overview.shown).toBeGreaterThan(0)
    for (const row of [...overview.trade, ...overview.growth.map((g) => g.change)]) expect(row.speakerId).toBe(speaker)
    expect(overview.trade.some((row) => row.kind === 'context')).toBe(false)
  })

  it('shows nothing but its headline figures when the filters leave nothing', () => {
    const overview = selectOverview(
      data,
      filters({ kind: ['context'], speaker: must(data.speakers[0], 'a speaker').id }),
    )
    expect(overview).toMatchObject({ shown: 0, trade: [], growth: [] })
    expect(overview.headlines.length).toBeGreaterThan(0)
  })

  it('counts, for each kind, what choosing it would show given the speaker', () => {
    for (const speaker of [null, ...data.speakers.map((s) => s.id)]) {
      const { kindCounts } = selectOverview(data, filters({ speaker }))
      for (const kind of factKinds) {
        const alone = selectOverview(data, filters({ speaker, kind: [kind] })).shown
        expect(kindCounts.get(kind) ?? 0, `${kind} with speaker ${speaker}`).toBe(alone)
      }
    }
  })

  it('counts, for each speaker, what choosing them would show given the kinds', () => {
    const kindChoices: FactKind[][] = [[], ['target'], ['reported', 'context']]
    for (const kind of kindChoices) {
      const { speakerCounts } = selectOverview(data, filters({ kind }))
      for (const { id } of data.speakers) {
        expect(speakerCounts.get(id) ?? 0, `${id} with kinds ${kind.join()}`).toBe(
          selectOverview(data, filters({ kind, speaker: id })).shown,
        )
      }
    }
  })
})

describe('selectSpeakers', () => {
  it('counts each speaker’s stated figures and lists', () => {
    for (const { speaker, count } of selectSpeakers(data).speakers) {
      const facts = data.facts.filter((f) => (f.kind === 'reported' || f.kind === 'target') && f.speaker === speaker.id)
      const lists = data.lists.filter((l) => l.speaker === speaker.id)
      expect(count, speaker.id).toBe(facts.length + lists.length)
    }
  })

  it('names the topic each speaker spoke on most', () => {
    const xuLin = selectSpeakers(data).speakers.find(({ speaker }) => speaker.id === 'xu-lin')
    expect(xuLin?.mainTopic).toBe('nev')
  })

  it('gives what the article says of the event itself, as text', () => {
    const { statements } = selectSpeakers(data)
    expect(statements.map((row) => row.id)).toEqual(data.statements.filter((s) => s.topic === 'event').map((s) => s.id))
    expect(statements.every((row) => row.source.kind === 'article' || row.source.kind === 'stated')).toBe(true)
  })
})
