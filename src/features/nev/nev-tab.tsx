import { useMemo } from 'react'
import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18n, type I18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { figureUnitWords, FigureBarChart } from '@/charts/figure-bar-chart'
import { FigureCardGrid } from '@/charts/figure-card-grid'
import { FigureTable } from '@/charts/lazy-tables'
import { summarizeFigures } from '@/charts/summarize'
import { kindFilter, regionFilter } from '@/charts/tab-filters'
import { TabPage } from '@/charts/tab-page'
import type { TabProps } from '@/view-state/tab-props'
import { isChartShown } from '@/view-state/view-shape'
import { selectNev } from '@/features/nev/select-nev'

/** The sentence that opens the output chart's summary: the output, its share, the national total. */
export function nevOutputLead(lead: ReturnType<typeof selectNev>['lead'], i18n: I18n): string | null {
  return (
    lead &&
    i18n.t('summary.nevOutput', {
      region: i18n.local(lead.output.region),
      value: formatFigure(lead.output, i18n.locale),
      period: i18n.local(lead.output.period),
      share: formatFigure(lead.share, i18n.locale),
      national: formatFigure(lead.national, i18n.locale),
    })
  )
}

export function NevTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const nev = useMemo(() => selectNev(data, view.filters), [data, view.filters])
  const labelOf = (row: FigureRow) =>
    i18n.t('label.withPeriod', { label: i18n.local(row.label), period: i18n.local(row.period) })
  const lead = nevOutputLead(nev.lead, i18n)
  const charts = [
    { key: 'output', rows: nev.vehicles },
    { key: 'share', rows: nev.shares },
  ] as const

  return (
    <TabPage
      data={data}
      view={view}
      setView={setView}
      id="nev-title"
      title={i18n.t('nev.title')}
      lead={i18n.t('nev.intro')}
      headlines={nev.headlines}
      headlinesTitle={i18n.t('nev.headlines')}
      shown={nev.shown}
      total={nev.total}
      filters={[kindFilter(i18n, nev.kindCounts), regionFilter(i18n, nev.regions, nev.regionCounts)]}
    >
      <div className="flex flex-col gap-5">
        {charts
          .filter(({ key, rows }) => isChartShown(view, key) && (rows.length > 0 || view.chart === key))
          .map(({ key, rows }) => {
            const title = i18n.t(`nev.${key}.title`)
            return (
              <ChartFrame
                key={key}
                title={title}
                question={i18n.t(`nev.${key}.question`)}
                unitLabel={figureUnitWords(rows, i18n)}
                display={view.display}
                isEmpty={rows.length === 0}
                kinds={[...new Set(rows.map((row) => row.kind))]}
                showQualifierKey
                chart={<FigureBarChart rows={rows} title={title} labelOf={labelOf} />}
                table={<FigureTable rows={rows} caption={title} />}
                summary={summarizeFigures(title, rows, i18n, { lead: key === 'output' ? lead : null })}
                citations={rows}
                sourceDate={data.meta.event.date}
                download={{ tab: 'nev', chart: key, data: { kind: 'figures', rows } }}
              />
            )
          })}
      </div>

      {view.chart === null && nev.others.length > 0 && <FigureCardGrid rows={nev.others} columns={3} />}
    </TabPage>
  )
}
