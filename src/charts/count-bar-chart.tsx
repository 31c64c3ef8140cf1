import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { seriesColors } from '@/charts/kind-style'
import { CategoryTick, categoryAxisWidth } from '@/charts/category-tick'
import { useElementWidth } from '@/charts/use-element-width'

/** A category with how many named items fall in each series (a stack); labels already in the reader's language. */
export type CountRow = { key: string; label: string; counts: Record<string, number>; total: number }
export type CountSeries = { key: string; label: string }

type CountBarChartProps = {
  rows: CountRow[]
  series: CountSeries[]
  title: string
}

const ROW_HEIGHT = 48

/** Horizontal stacked bars of counts; the total is written at the end of each bar. */
export function CountBarChart({ rows, series, title }: CountBarChartProps) {
  const i18n = useI18n()
  const { ref, width } = useElementWidth<HTMLDivElement>()
  const data = rows.map((row) => ({ name: row.label, total: row.total, ...row.counts }))
  const axisWidth = categoryAxisWidth(
    data.map((d) => d.name),
    width,
    i18n.locale === 'zh',
  )
  const lastSeries = series.at(-1)?.key

  return (
    <div ref={ref} className="w-full">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: '100%', height: data.length * ROW_HEIGHT + 80 }}
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        title={title}
        desc={rows
            .map((row) => `${row.label}: ${formatCount(row.total, i18n.locale)}`)
          .join('; ')}
      >
        <CartesianGrid horizontal={false} stroke="var(--color-line-soft)" />
        <XAxis
          type="number"
          allowDecimals={false}
          tick={{ fill: 'var(--color-ink-muted)', fontSize: 12 }}
          stroke="var(--color-line)"
        />
        <YAxis
          type="category"
          dataKey="name"
          width={axisWidth}
          tick={<CategoryTick width={axisWidth - 8} breakAll={i18n.locale === 'zh'} />}
          stroke="var(--color-line)"
          interval={0}
        />
        <Tooltip
          cursor={{ fill: 'var(--color-accent-soft)' }}
          contentStyle={{ background: 'var(--color-raised)', borderColor: 'var(--color-line)', color: 'var(--color-ink)' }}
          itemStyle={{ color: 'var(--color-ink)' }}
        />
        <Legend verticalAlign="top" align="left" wrapperStyle={{ color: 'var(--color-ink)', paddingBottom: 8 }} />
        {series.map((s, index) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="count"
            fill={seriesColors[index % seriesColors.length]}
            stroke="var(--color-raised)"
            strokeWidth={1}
            isAnimationActive={false}
            barSize={24}
          >
            {s.key === lastSeries && (
              <LabelList dataKey="total" position="right" fill="var(--color-ink)" fontSize={13} fontWeight={600} />
            )}
          </Bar>
        ))}
      </BarChart>
    </div>
  )
}
