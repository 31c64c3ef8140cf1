// @vitest-environment node
import { factKinds, type FactKind } from '@/data/vocabulary'
import { selectNev } from '@/features/nev/select-nev'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../../fixtures/dataset'
import { must } from '../../fixtures/must'

const data = loadDataset()
const filters = (change: Partial<typeof emptyFilters> = {}) => ({ ...emptyFilters, ...change })
const nevFacts = data.facts.filter((fact) => fact.topic === 'nev')
const drawn = (nev: ReturnType<typeof selectNev>) => [...nev.vehicles, ...nev.shares, ...nev.others]

describe('selectNev', () => {
  it('shows every NEV figure: vehicles and shares in their charts, the enterprise counts as headline numbers only', () => {
    const nev = selectNev(data, filters())
    const ids = new Set([...drawn(nev), ...nev.headlines].map((row) => row.id))
    expect(ids).toEqual(new Set(nevFacts.map((fact) => fact.id)))
    expect(nev.shown).toBe(nev.total)
    expect(nev.vehicles.every((row) => row.unit === 'vehicles')).toBe(true)
    expect(nev.shares.every((row) => row.unit === 'percent')).toBe(true)
    const enterprises = nevFacts.filter((fact) => fact.unit === 'enterprises').map((fact) => fact.id)
    expect(enterprises).toEqual(expect.arrayContaining(['nev-automakers', 'nev-suppliers']))
    expect(nev.headlines.map((row) => row.id)).toEqual(expect.arrayContaining(enterprises))
    expect(drawn(nev).some((row) => enterprises.includes(row.id))).toBe(false)
  })

  it('keeps a period’s bars together, in the dataset’s order of periods, largest first within one', () => {
    const { vehicles } = selectNev(data, filters())
    const periods = [...new Set(nevFacts.map((fact) => fact.period.en))]
    for (let i = 1; i < vehicles.length; i++) {
      const [before, after] = [must(vehicles[i - 1], 'a bar'), must(vehicles[i], 'a bar')]
      const order = periods.indexOf(before.period.en) - periods.indexOf(after.period.en)
      expect(order < 0 || (order === 0 && before.value >= after.value), `${before.id} before ${after.id}`).toBe(true)
    }
  })

  it('narrows every chart to the chosen kind, and leaves the headline figures', () => {
    const nev = selectNev(data, filters({ kind: ['context'] }))
    expect(nev.shown).toBe(nevFacts.filter((fact) => fact.kind === 'context').length)
    expect(drawn(nev).every((row) => row.kind === 'context')).toBe(true)
    expect(nev.headlines).toEqual(selectNev(data, filters()).headlines)
  })

  it('narrows every chart to the chosen area', () => {
    const nev = selectNev(data, filters({ region: 'china' }))
    expect(nev.shown).toBe(nevFacts.filter((fact) => fact.region === 'china').length)
    expect(drawn(nev).every((row) => row.regionId === 'china')).toBe(true)
  })

  it('leaves every chart empty when nothing matches', () => {
    const nev = selectNev(data, filters({ kind: ['target'] }))
    expect(nev).toMatchObject({ shown: 0, vehicles: [], shares: [], others: [] })
  })

  it('offers the areas of the NEV figures only, labelled', () => {
    const { regions } = selectNev(data, filters())
    expect(regions.map((region) => region.id).sort()).toEqual([...new Set(nevFacts.map((fact) => fact.region))].sort())
    for (const region of regions) expect(region.label).toEqual(data.regions.find((r) => r.id === region.id)?.label)
  })

  it('counts, for each kind, what choosing it would show in the chosen area', () => {
    for (const region of [null, 'china', 'sichuan-chongqing']) {
      const { kindCounts } = selectNev(data, filters({ region }))
      for (const kind of factKinds) {
        expect(kindCounts.get(kind) ?? 0, `${kind} in ${region}`).toBe(
          selectNev(data, filters({ region, kind: [kind] })).shown,
        )
      }
    }
  })

  it('counts, for each area, what choosing it would show with the chosen kinds', () => {
    const kindChoices: FactKind[][] = [[], ['context'], ['reported', 'derived']]
    for (const kind of kindChoices) {
      const nev = selectNev(data, filters({ kind }))
      for (const { id } of nev.regions) {
        expect(nev.regionCounts.get(id) ?? 0, `${id} with ${kind.join()}`).toBe(
          selectNev(data, filters({ kind, region: id })).shown,
        )
      }
    }
  })
})
