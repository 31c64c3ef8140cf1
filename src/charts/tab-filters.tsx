import type { ReactNode } from 'react'
import { factKinds, type FactKind } from '@/data/vocabulary'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { ChoiceGroup } from '@/ui/choice-group'
import { FilterBar } from '@/ui/filter-bar'
import type { SetView } from '@/view-state/use-view-state'
import { withFilter } from '@/view-state/use-view-state'
import { emptyFilters, type Filters, type View } from '@/view-state/view'
import { DisplayToggle } from '@/charts/display-toggle'

const ALL = 'all'

type TabFiltersProps = {
  view: View
  setView: SetView
  /** How many of the tab's figures (or items) the filters leave, and out of how many. */
  shown: number
  total: number
  children: ReactNode
}

/** A tab's filter bar: its filters, what they leave, a reset, and the chart/table switch. */
export function TabFilters({ view, setView, shown, total, children }: TabFiltersProps) {
  const i18n = useI18nOnDemand()
  const { filters } = view
  const isFiltered = Object.values(filters).some((value) => (Array.isArray(value) ? value.length > 0 : value !== null))
  return (
    <FilterBar
      label={i18n.t('filter.label')}
      status={i18n.t('filter.shown', { shown, total })}
      resetLabel={i18n.t('filter.reset')}
      canReset={isFiltered}
      onReset={() => setView((v) => ({ ...v, filters: emptyFilters }))}
    >
      {children}
      <DisplayToggle value={view.display} onChange={(display) => setView((v) => ({ ...v, display }))} />
    </FilterBar>
  )
}

/** Which kinds of figure to show: reported, target, derived, context; none ticked means all. */
export function KindFilter({
  view,
  setView,
  counts,
  kinds = factKinds,
}: {
  view: View
  setView: SetView
  counts: Map<FactKind, number>
  kinds?: readonly FactKind[]
}) {
  const i18n = useI18nOnDemand()
  return (
    <ChoiceGroup
      multiple
      legend={i18n.t('filter.kind')}
      value={view.filters.kind}
      onChange={(kind) => setView((v) => withFilter(v, 'kind', kind))}
      choices={kinds.map((kind) => ({ value: kind, label: i18n.t(`kind.${kind}`), count: counts.get(kind) ?? 0 }))}
    />
  )
}

type SingleKey = { [K in keyof Filters]: Filters[K] extends string | null ? K : never }[keyof Filters]

/** One of a dataset's speakers, areas or proposals, or all of them. */
export function OneOfFilter({
  view,
  setView,
  filter,
  legend,
  options,
}: {
  view: View
  setView: SetView
  filter: SingleKey
  legend: string
  options: { id: string; label: string; count: number }[]
}) {
  const i18n = useI18nOnDemand()
  return (
    <ChoiceGroup
      legend={legend}
      value={view.filters[filter] ?? ALL}
      onChange={(value) => setView((v) => withFilter(v, filter, value === ALL ? null : value))}
      choices={[
        { value: ALL, label: i18n.t('filter.all') },
        ...options.map((option) => ({ value: option.id, label: option.label, count: option.count })),
      ]}
    />
  )
}
