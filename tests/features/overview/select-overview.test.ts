// @vitest-environment node
import { factKinds, type FactKind } from '@/data/vocabulary'
import { selectOverview, selectSpeakers } from '@/features/overview/select-overview'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const ids = (rows: { id: string }[]) => rows.map((row) => row.id)
const speakerOf = (id: string) => {
  const fact = data.facts.find((f) => f.id === id)
  return fact?.kind === 'reported' || fact?.kind === 'target' ? fact.speaker : null
}

describe('selectOverview', () => {
  it('shows every headline figure as a card, in the dataset’s order', () => {
    const overview = selectOverview(data, filters())
    expect(ids(overview.headlines)).toEqual(data.facts.filter((fact) => fact.isHeadline).map((fact) => fact.id))
    expect(overview.shown).toBe(overview.total)
  })

  it('draws the stated and context trade levels in yuan, smallest first, and no derived ones', () => {
    const { trade } = selectOverview(data, filters())
    const expected = data.facts.filter((f) => f.topic === 'trade' && f.unit === 'yuan' && f.kind !== 'derived')
    expect(new Set(ids(trade))).toEqual(new Set(ids(expected)))
    expect(trade.map((row) => row.value)).toEqual([...trade.map((row) => row.value)].sort((a, b) => a - b))
  })

  it('narrows cards and bars to the chosen kinds', () => {
    const overview = selectOverview(data, filters({ kind: ['context'] }))
    expect(overview.trade.length + overview.headlines.length).toBeGreaterThan(0)
    for (const row of [...overview.trade, ...overview.headlines]) expect(row.kind).toBe('context')
    expect(overview.shown).toBeLessThan(overview.total)
  })

  it('narrows to one speaker’s figures, leaving out figures nobody at the conference said', () => {
    const speaker = must(data.speakers[0], 'a speaker').id
    const overview = selectOverview(data, filters({ speaker }))
    expect(overview.shown).toBeGreaterThan(0)
    for (const row of [...overview.trade, ...overview.headlines]) expect(speakerOf(row.id)).toBe(speaker)
  })

  it('shows nothing when the filters leave nothing', () => {
    const overview = selectOverview(
      data,
      filters({ kind: ['context'], speaker: must(data.speakers[0], 'a speaker').id }),
    )
    expect(overview).toMatchObject({ shown: 0, headlines: [], trade: [] })
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
    for (const { speaker, count } of selectSpeakers(data)) {
      const facts = data.facts.filter((f) => (f.kind === 'reported' || f.kind === 'target') && f.speaker === speaker.id)
      const lists = data.lists.filter((l) => l.speaker === speaker.id)
      expect(count, speaker.id).toBe(facts.length + lists.length)
    }
  })

  it('names the topic each speaker spoke on most', () => {
    const xuLin = selectSpeakers(data).find(({ speaker }) => speaker.id === 'xu-lin')
    expect(xuLin?.mainTopic).toBe('nev')
  })
})
