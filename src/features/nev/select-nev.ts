import type { Dataset, FactKind, Unit } from '@/data/schema'
import { countBy, indexDataset, matchesAny, toFigureRow, type FigureRow } from '@/data/select-figures'
import type { Filters } from '@/view-state/view'
import { memoizeByDataset, memoizeSelector } from '@/data/memoize-selector'

type NevFilters = Pick<Filters, 'kind' | 'region'>

/** The units the NEV tab draws as charts, one chart per unit; anything else is shown as a card. */
export const nevChartUnits = ['vehicles', 'percent', 'enterprises'] as const satisfies readonly Unit[]

function matches(row: FigureRow, filters: NevFilters, ignore?: keyof NevFilters) {
  return (
    (ignore === 'kind' || matchesAny(filters.kind, row.kind)) &&
    (ignore === 'region' || filters.region === null || row.regionId === filters.region)
  )
}

/** The NEV tab's figures, by chart, with the counts each filter choice would leave. */
/** The tab's figures, periods and areas, whatever the filters: built once per dataset. */
export const selectNevScope = memoizeByDataset((data: Dataset) => {
  const index = indexDataset(data)
  const scope = data.facts.filter((fact) => fact.topic === 'nev').map((fact) => toFigureRow(fact, index))
  // Each period's bars sit together, periods in the dataset's order, largest first within a period.
  const periods = new Map([...new Set(scope.map((row) => row.period.en))].map((period, order) => [period, order]))
  const regionIds = [...new Set(scope.map((row) => row.regionId))]
  return {
    scope,
    periodOrder: (row: FigureRow) => periods.get(row.period.en) ?? 0,
    regions: regionIds.map((id) => ({ id, label: index.regions.get(id) ?? { en: id, zh: id } })),
  }
})

export const selectNev = memoizeSelector((data: Dataset, filters: NevFilters) => {
  const { scope, periodOrder, regions } = selectNevScope(data)
  const shown = scope.filter((row) => matches(row, filters))
  const byPeriodThenValue = (a: FigureRow, b: FigureRow) => periodOrder(a) - periodOrder(b) || b.value - a.value
  const inUnit = (unit: Unit) => shown.filter((row) => row.unit === unit).sort(byPeriodThenValue)

  return {
    lead: selectOutputLead(shown),
    total: scope.length,
    shown: shown.length,
    vehicles: inUnit('vehicles'),
    shares: inUnit('percent'),
    enterprises: inUnit('enterprises'),
    others: shown.filter((row) => !(nevChartUnits as readonly Unit[]).includes(row.unit)),
    regions,
    kindCounts: countBy<FigureRow, FactKind>(
      scope.filter((row) => matches(row, filters, 'kind')),
      (row) => [row.kind],
    ),
    regionCounts: countBy<FigureRow, string>(
      scope.filter((row) => matches(row, filters, 'region')),
      (row) => [row.regionId],
    ),
  }
})

/**
 * The conference's output figure with its share of national output, and the national total for the
 * same months from another source: the sentence that opens the output chart's summary.
 */
function selectOutputLead(rows: FigureRow[]) {
  const output = rows.find((row) => row.kind === 'reported' && row.unit === 'vehicles')
  if (!output) return null
  const samePeriod = (row: FigureRow) => row.period.en === output.period.en
  const share = rows.find((row) => row.kind === 'reported' && row.unit === 'percent' && samePeriod(row))
  const national = rows.find(
    (row) => row.kind === 'context' && row.unit === 'vehicles' && row.regionId === 'china' && samePeriod(row),
  )
  return share && national ? { output, share, national } : null
}
