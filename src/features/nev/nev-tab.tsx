import type { Dataset } from '@/data/schema'
import { emptyFilters } from '@/view-state/view'
import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { ChartFrame } from '@/charts/chart-frame'
import { KindFilter, OneOfFilter, TabFilters } from '@/charts/tab-filters'
import { TabIntro } from '@/charts/tab-intro'
import { FigureBarChart } from '@/charts/figure-bar-chart'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import { FigureTable } from '@/charts/lazy-tables'
import type { TabProps } from '@/view-state/tab-props'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { selectNev, selectNevScope } from '@/features/nev/select-nev'

/**
 * What the tab selects at its defaults, in steps the caller runs as separate tasks, ahead of drawing
 * it (see TabContent): caches the tab then reads.
 */
export const prepareNevTab: ((data: Dataset) => unknown)[] = [
  (data) => selectNevScope(data),
  (data) => selectNev(data, emptyFilters),
]

export function NevTab({ data, view, setView }: TabProps) {
  const i18n = useI18nOnDemand()
  const { filters } = view
  const nev = selectNev(data, filters)
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
        <TabIntro id="nev-title" title={i18n.t('nev.title')}>
          <p className="max-w-3xl">{i18n.t('nev.intro')}</p>
        </TabIntro>
      )}

      {hasControls(view) && (
        <TabFilters view={view} setView={setView} shown={nev.shown} total={nev.total}>
          <KindFilter view={view} setView={setView} counts={nev.kindCounts} />
          <OneOfFilter
            view={view}
            setView={setView}
            filter="region"
            legend={i18n.t('filter.region')}
            options={nev.regions.map((region) => ({
              id: region.id,
              label: i18n.local(region.label),
              count: nev.regionCounts.get(region.id) ?? 0,
            }))}
          />
        </TabFilters>
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
                  summary={(write, complete) =>
                    write.summarizeFigures(title, rows, complete, { labelOf, lead: key === 'output' ? lead : null })
                  }
                  citations={rows}
                  sourceDate={data.meta.event.date}
                  download={{ chart: key, data: { kind: 'figures', rows } }}
                />
              </div>
            )
          })}
      </div>

      {view.chart === null && nev.others.length > 0 && <FigureCardGrid rows={nev.others} columns={3} />}
    </div>
  )
}
