import { factKinds } from '@/data/schema'
import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { DisplayToggle } from '@/charts/display-toggle'
import { FigureBarChart } from '@/charts/figure-bar-chart'
import { FigureCard } from '@/charts/figure-card'
import { FigureTable } from '@/charts/lazy-tables'
import { summarizeFigures } from '@/charts/summarize'
import { ChoiceGroup } from '@/ui/choice-group'
import { FilterBar } from '@/ui/filter-bar'
import type { TabProps } from '@/view-state/tab-props'
import { withFilter } from '@/view-state/use-view-state'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { emptyFilters } from '@/view-state/view'
import { selectNev } from '@/features/nev/select-nev'

const ALL = 'all'

export function NevTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const { filters } = view
  const nev = selectNev(data, filters)
  const isFiltered = filters.kind.length > 0 || filters.region !== null
  const labelOf = (row: FigureRow) =>
    i18n.t('label.withPeriod', { label: i18n.local(row.label), period: i18n.local(row.period) })
  const lead =
    nev.lead &&
    i18n.t('summary.nevOutput', {
      region: i18n.local(nev.lead.output.region),
      value: formatFigure(nev.lead.output, i18n.locale),
      period: i18n.local(nev.lead.output.period),
      share: formatFigure(nev.lead.share, i18n.locale),
      national: formatFigure(nev.lead.national, i18n.locale),
    })

  const charts = [
    { key: 'output', rows: nev.vehicles, unit: 'unit.vehicles' },
    { key: 'share', rows: nev.shares, unit: 'unit.percent' },
    { key: 'companies', rows: nev.enterprises, unit: 'unit.enterprises' },
  ] as const

  return (
    <div className="flex flex-col gap-6">
      {hasIntro(view) && (
        <section aria-labelledby="nev-title" className="flex flex-col gap-2">
          <h2 id="nev-title" className="text-2xl font-bold">
            {i18n.t('nev.title')}
          </h2>
          <p className="max-w-3xl">{i18n.t('nev.intro')}</p>
        </section>
      )}

      {hasControls(view) && (
        <FilterBar
          label={i18n.t('filter.label')}
          status={i18n.t('filter.shown', { shown: nev.shown, total: nev.total })}
          resetLabel={i18n.t('filter.reset')}
          canReset={isFiltered}
          onReset={() => setView((v) => ({ ...v, filters: emptyFilters }))}
        >
          <ChoiceGroup
            multiple
            legend={i18n.t('filter.kind')}
            value={filters.kind}
            onChange={(kind) => setView((v) => withFilter(v, 'kind', kind))}
            choices={factKinds.map((kind) => ({
              value: kind,
              label: i18n.t(`kind.${kind}`),
              count: nev.kindCounts.get(kind) ?? 0,
            }))}
          />
          <ChoiceGroup
            legend={i18n.t('filter.region')}
            value={filters.region ?? ALL}
            onChange={(region) => setView((v) => withFilter(v, 'region', region === ALL ? null : region))}
            choices={[
              { value: ALL, label: i18n.t('filter.all') },
              ...nev.regions.map((region) => ({
                value: region.id,
                label: i18n.local(region.label),
                count: nev.regionCounts.get(region.id) ?? 0,
              })),
            ]}
          />
          <DisplayToggle value={view.display} onChange={(display) => setView((v) => ({ ...v, display }))} />
        </FilterBar>
      )}

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        {charts
          .filter(({ key }) => isChartShown(view, key))
          .map(({ key, rows, unit }) => {
            const title = i18n.t(`nev.${key}.title`)
            return (
              <div key={key} className={key === 'output' || view.chart !== null ? 'xl:col-span-2' : undefined}>
                <ChartFrame
                  title={title}
                  question={i18n.t(`nev.${key}.question`)}
                  unitLabel={i18n.t(unit)}
                  display={view.display}
                  isEmpty={rows.length === 0}
                  kinds={[...new Set(rows.map((row) => row.kind))]}
                  showQualifierKey
                  chart={<FigureBarChart rows={rows} title={title} labelOf={labelOf} />}
                  table={<FigureTable rows={rows} caption={title} />}
                  summary={summarizeFigures(title, rows, i18n, { labelOf, lead: key === 'output' ? lead : null })}
                  citations={rows}
                  sourceDate={data.meta.event.date}
                  download={{ chart: key, data: { kind: 'figures', rows } }}
                />
              </div>
            )
          })}
      </div>

      {view.chart === null && nev.others.length > 0 && (
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {nev.others.map((row) => (
            <FigureCard key={row.id} row={row} />
          ))}
        </div>
      )}
    </div>
  )
}
