import type { Fact } from '@/data/schema'
import type { ChartId, Tab } from '@/view-state/view'

/**
 * The chart that draws a fact as a bar, if one does, on its tab's default view: the trade chart
 * draws trade figures in yuan that are not derived (selectOverview); the NEV tab's charts its
 * vehicle counts and shares (selectNev). Where the finder sends a figure, to put it in the spotlight.
 */
export function chartOfFact(fact: Pick<Fact, 'topic' | 'unit' | 'kind'>): { tab: Tab; chart: ChartId } | null {
  if (fact.topic === 'trade' && fact.unit === 'yuan' && fact.kind !== 'derived')
    return { tab: 'overview', chart: 'trade' }
  if (fact.topic === 'nev' && fact.unit === 'vehicles') return { tab: 'nev', chart: 'output' }
  if (fact.topic === 'nev' && fact.unit === 'percent') return { tab: 'nev', chart: 'share' }
  return null
}
