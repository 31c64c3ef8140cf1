import { useState } from 'react'
import type { LocalText, Speaker } from '@/data/schema'
import { factKinds, type FactKind } from '@/data/vocabulary'
import { useI18n, type I18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { ChoiceGroup } from '@/ui/choice-group'
import { Dialog } from '@/ui/dialog'
import { Dropdown } from '@/ui/dropdown'
import { withChosen, type SetView } from '@/view-state/use-view-state'
import { emptyFilters, type FilterKey, type View } from '@/view-state/view'
import { DisplayToggle } from '@/charts/display-toggle'

const ALL = 'all'

/** One filter of a tab: its name and its options, each with how many of the tab's items it leaves. */
export type FilterSpec = {
  key: FilterKey
  legend: string
  options: { id: string; label: string; count: number }[]
}

/** The filter by kind: reported, target, derived, context; none ticked means all. */
export function kindFilter(i18n: I18n, counts: Map<FactKind, number>): FilterSpec {
  return {
    key: 'kind',
    legend: i18n.t('filter.kind'),
    options: factKinds.map((kind) => ({ id: kind, label: i18n.t(`kind.${kind}`), count: counts.get(kind) ?? 0 })),
  }
}

/** The filter by speaker, one of them or all. */
export function speakerFilter(i18n: I18n, speakers: Speaker[], counts: Map<string, number>): FilterSpec {
  return {
    key: 'speaker',
    legend: i18n.t('filter.speaker'),
    options: speakers.map((speaker) => ({
      id: speaker.id,
      label: i18n.name(speaker.name),
      count: counts.get(speaker.id) ?? 0,
    })),
  }
}

/** The filter by area, over the areas the tab has. */
export function regionFilter(
  i18n: I18n,
  regions: { id: string; label: LocalText }[],
  counts: Map<string, number>,
): FilterSpec {
  return {
    key: 'region',
    legend: i18n.t('filter.region'),
    options: regions.map((region) => ({
      id: region.id,
      label: i18n.local(region.label),
      count: counts.get(region.id) ?? 0,
    })),
  }
}

type TabFiltersProps = {
  view: View
  setView: SetView
  filters: FilterSpec[]
  /** How many of the tab's figures and items the filters leave, and out of how many. */
  shown: number
  total: number
  /** Chart or table: for a tab of charts. */
  hasDisplayToggle?: boolean
}

/** The ids a filter has chosen: a multiple choice's list, or a single choice's one id. */
function chosenOf(view: View, key: FilterKey): string[] {
  const value = view.filters[key]
  return Array.isArray(value) ? value : value === null ? [] : [value]
}

/**
 * A tab's filters in one compact bar: on a desk, a dropdown each; on a phone, one "Filters" button
 * opening a sheet. The filters chosen show as chips that remove them. An option that would leave
 * nothing is disabled, its 0 shown, unless it is chosen (a link may have chosen it).
 */
export function TabFilters({ view, setView, filters, shown, total, hasDisplayToggle = true }: TabFiltersProps) {
  const i18n = useI18n()
  const [isSheetOpen, setSheetOpen] = useState(false)
  const chips = filters.flatMap((spec) =>
    chosenOf(view, spec.key).map((id) => ({
      spec,
      id,
      label: spec.options.find((option) => option.id === id)?.label ?? id,
    })),
  )
  const remove = (key: FilterKey, id: string) =>
    setView((v) =>
      withChosen(
        v,
        key,
        chosenOf(v, key).filter((chosen) => chosen !== id),
      ),
    )
  const summary = (spec: FilterSpec) => {
    const labels = chips.filter((chip) => chip.spec === spec).map((chip) => chip.label)
    return i18n.t('filter.summary', {
      filter: spec.legend,
      value: labels.length > 0 ? labels.join(', ') : i18n.t('filter.all'),
    })
  }
  const choices = (spec: FilterSpec) => <FilterChoices spec={spec} view={view} setView={setView} />

  return (
    <section aria-label={i18n.t('filter.label')} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <div className="hidden flex-wrap items-center gap-2 md:flex">
          {filters.map((spec) => (
            <Dropdown key={spec.key} label={summary(spec)}>
              {choices(spec)}
            </Dropdown>
          ))}
        </div>
        <Button size="sm" className="md:hidden" aria-haspopup="dialog" onClick={() => setSheetOpen(true)}>
          {i18n.t('filter.open', { count: chips.length })}
        </Button>
        {hasDisplayToggle && (
          <DisplayToggle value={view.display} onChange={(display) => setView((v) => ({ ...v, display }))} />
        )}
        <p role="status" className="text-sm text-ink-muted">
          {i18n.t('filter.shown', { shown, total })}
        </p>
      </div>
      {chips.length > 0 && (
        <ul aria-label={i18n.t('filter.active')} className="flex flex-wrap items-center gap-1.5">
          {chips.map((chip) => (
            <li key={`${chip.spec.key}-${chip.id}`}>
              <button
                type="button"
                onClick={() => remove(chip.spec.key, chip.id)}
                aria-label={i18n.t('filter.remove', { filter: chip.spec.legend, value: chip.label })}
                className="inline-flex min-h-8 cursor-pointer items-center gap-1.5 rounded-full border border-accent bg-accent-soft px-3 text-sm"
              >
                {chip.label}
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <Button size="sm" variant="ghost" onClick={() => setView((v) => ({ ...v, filters: emptyFilters }))}>
              {i18n.t('filter.reset')}
            </Button>
          </li>
        </ul>
      )}
      {isSheetOpen && (
        <Dialog title={i18n.t('filter.label')} closeLabel={i18n.t('dialog.close')} onClose={() => setSheetOpen(false)}>
          {filters.map((spec) => (
            <div key={spec.key}>{choices(spec)}</div>
          ))}
          <Button variant="primary" onClick={() => setSheetOpen(false)}>
            {i18n.t('filter.showShown', { shown, total })}
          </Button>
        </Dialog>
      )}
    </section>
  )
}

/** A filter's options as checkboxes (a multiple choice) or radio buttons with "All" (one of them). */
function FilterChoices({ spec, view, setView }: { spec: FilterSpec; view: View; setView: SetView }) {
  const i18n = useI18n()
  const chosen = chosenOf(view, spec.key)
  const options = spec.options.map((option) => ({
    value: option.id,
    label: option.label,
    count: option.count,
    disabled: option.count === 0 && !chosen.includes(option.id),
  }))
  if (Array.isArray(view.filters[spec.key])) {
    return (
      <ChoiceGroup
        multiple
        legend={spec.legend}
        value={chosen}
        onChange={(value) => setView((v) => withChosen(v, spec.key, value))}
        choices={options}
      />
    )
  }
  return (
    <ChoiceGroup
      legend={spec.legend}
      value={chosen[0] ?? ALL}
      onChange={(value) => setView((v) => withChosen(v, spec.key, value === ALL ? [] : [value]))}
      choices={[{ value: ALL, label: i18n.t('filter.all') }, ...options]}
    />
  )
}
