// @vitest-environment node
import { selectNev } from '@/features/nev/select-nev'
import { selectOverview } from '@/features/overview/select-overview'
import { chartOfFact } from '@/view-state/charted-facts'
import { emptyFilters } from '@/view-state/view'
import { loadDataset } from '../fixtures/dataset'

const data = loadDataset()

describe('chartOfFact', () => {
  it('names the chart whose bars each fact is among on its tab’s default view, and none for the rest', () => {
    const nev = selectNev(data, emptyFilters)
    const bars = new Map<string, string>([
      ...selectOverview(data, emptyFilters).trade.map((row) => [row.id, 'overview/trade'] as const),
      ...nev.vehicles.map((row) => [row.id, 'nev/output'] as const),
      ...nev.shares.map((row) => [row.id, 'nev/share'] as const),
    ])
    expect(bars.size).toBeGreaterThan(0)
    for (const fact of data.facts) {
      const chart = chartOfFact(fact)
      expect(chart && `${chart.tab}/${chart.chart}`, fact.id).toBe(bars.get(fact.id) ?? null)
    }
  })
})
