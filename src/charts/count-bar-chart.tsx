import { useMemo } from 'react'
import { Bar, LabelList, XAxis, YAxis } from 'recharts'
import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { RowLabel, ValueLabel } from '@/charts/category-tick'
import { useBarLayout } from '@/charts/use-bar-layout'
import { capRows } from '@/charts/cap-rows'
import { CappedNote } from '@/charts/capped-note'
import { useTooltips } from '@/charts/tooltip-layer'
import { BarChartOnTurn } from '@/charts/waiting-chart-box'
import { Swatch } from '@/charts/kind-swatch'

/** A category with how many named items fall in each series (a stack); labels already in the reader's language. */
export type CountRow = { key: string; label: string; counts: Record<string, number>; total: number }
/** A stack, with a colour that stays the same however the filters change. */
export type CountSeries = { key: string; label: string; color: string }

type CountBarChartProps = {
  rows: CountRow[]
  series: CountSeries[]
  /** What the series are ("Area"): the legend's name. */
  seriesName: string
  title: string
}

/**
 * Horizontal stacked bars of counts; the total is written at the end of each bar. The series'
 * legend is the page's own, above the drawing: Recharts' Legend measures itself once drawn and
 * makes the chart lay out and draw a second time, and the page's is there before the bars.
 */
export function CountBarChart({ rows, series, seriesName, title }: CountBarChartProps) {
  const i18n = useI18n()
  // The same rows give the same data, so a render of the chart alone (its tooltip joining, a
  // slide fitting its rows) does not have Recharts work out its bars again and draw them anew.
  const { drawn, data } = useMemo(() => {
    const drawn = capRows(rows, (row) => row.total)
    const data = drawn.map((row) => {
      // The total sits after the row's last non-empty stack, and on narrow screens the name above
      // its first one: a stack with no items draws nothing to hang a label on.
      const filled = series.filter((s) => (row.counts[s.key] ?? 0) > 0)
      const first = filled[0]?.key
      const last = filled.at(-1)?.key
      const labels = Object.fromEntries(
        series.flatMap((s) => [
          [`total-${s.key}`, s.key === last ? row.total : ''],
          [`name-${s.key}`, s.key === first ? row.label : ''],
        ]),
      )
      return { name: row.label, ...row.counts, ...labels }
    })
    return { drawn, data }
  }, [rows, series])
  const { ref, frame, layout, isCjk, categoryAxis, valueAxis, turn, hasTurn } = useBarLayout(
    drawn.map((row) => row.label),
  )
  const tooltips = useTooltips(hasTurn)

  return (
    <div ref={ref} className="flex w-full flex-col gap-2">
      <SeriesLegend name={seriesName} series={series} fontSize={layout.fontSize} />
      <BarChartOnTurn
        turn={turn}
        {...frame}
        data={data}
        title={title}
        desc={drawn.map((row) => `${row.label}: ${formatCount(row.total, i18n.locale)}`).join('; ')}
      >
        <XAxis {...valueAxis} allowDecimals={false} />
        <YAxis {...categoryAxis} />
        {tooltips && <tooltips.CountChartTooltip />}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="count"
            fill={s.color}
            stroke="var(--color-raised)"
            strokeWidth={1}
            isAnimationActive={false}
            barSize={layout.barSize}
          >
            <LabelList dataKey={`total-${s.key}`} content={<ValueLabel fontSize={layout.fontSize} />} />
            {layout.isNarrow && (
              <LabelList
                dataKey={`name-${s.key}`}
                content={<RowLabel labelWidth={layout.labelWidth} breakAll={isCjk} fontSize={layout.fontSize} />}
              />
            )}
          </Bar>
        ))}
      </BarChartOnTurn>
      <CappedNote shown={drawn.length} total={rows.length} />
    </div>
  )
}

/** Each series' colour and name, in the order the stacks are drawn. */
function SeriesLegend({ name, series, fontSize }: { name: string; series: CountSeries[]; fontSize: number }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1" style={{ fontSize }} aria-label={name}>
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <Swatch fill={s.color} />
          {s.label}
        </li>
      ))}
    </ul>
  )
}
