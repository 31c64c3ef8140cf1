import type { Dataset, FactKind, Unit } from '@/data/schema'
import { countBy, indexDataset, matchesAny, toFigureRow, type FigureRow } from '@/data/select-figures'
import type { Filters } from '@/view-state/view'

type NevFilters = Pick<Filters, 'kind' | 'region'>

function matches(row: FigureRow, filters: NevFilters, ignore?: keyof NevFilters) {
  return (
    (ignore === 'kind' || matchesAny(filters.kind, row.kind)) &&
    (ignore === 'region' || filters.region === null || row.regionId === filters.region)
  )
}

/** The tab's figures, periods and areas, whatever the filters. */
function selectNevScope(data: Dataset) {
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
}

/** Figures in these units are charted; the rest are headline figures or cards. */
const chartedUnits = new Set<Unit>(['vehicles', 'percent'])

/**
 * The NEV tab's figures: its headline figures (the ecosystem's automakers, suppliers and output),
 * which no filter hides; then what the filters apply to and count, the vehicles and shares charts
 * (the conference's figures beside other sources') and the rest as cards. Counts that differ by
 * orders of magnitude (45 automakers, more than 1,600 suppliers) are headline numbers, never bars
 * on one axis.
 */
export function selectNev(data: Dataset, filters: NevFilters) {
  const { scope: all, periodOrder, regions } = selectNevScope(data)
  const headlineIds = new Set(data.facts.filter((fact) => fact.isHeadline).map((fact) => fact.id))
  const isHeadline = (row: FigureRow) => headlineIds.has(row.id)
  // The charts compare: the conference's own figures are bars there too, beside the national ones.
  const isCharted = (row: FigureRow) => chartedUnits.has(row.unit)
  const scope = all.filter((row) => isCharted(row) || !isHeadline(row))
  const shown = scope.filter((row) => matches(row, filters))
  const byPeriodThenValue = (a: FigureRow, b: FigureRow) => periodOrder(a) - periodOrder(b) || b.value - a.value
  const charted = (unit: Unit) => shown.filter((row) => row.unit === unit).sort(byPeriodThenValue)

  return {
    lead: selectOutputLead(shown),
    total: scope.length,
    shown: shown.length,
    headlines: all.filter(isHeadline),
    vehicles: charted('vehicles'),
    shares: charted('percent'),
    others: shown.filter((row) => !isCharted(row)),
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
}

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
