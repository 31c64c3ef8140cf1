import { Bar, BarChart, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { RowLabel, ValueLabel } from '@/charts/category-tick'
import { useBarLayout } from '@/charts/use-bar-layout'
import { capRows } from '@/charts/cap-rows'
import { CappedNote } from '@/charts/capped-note'

/** A category with how many named items fall in each series (a stack); labels already in the reader's language. */
export type CountRow = { key: string; label: string; counts: Record<string, number>; total: number }
/** A stack, with a colour that stays the same however the filters change. */
export type CountSeries = { key: string; label: string; color: string }

type CountBarChartProps = {
  rows: CountRow[]
  series: CountSeries[]
  title: string
}

/** Horizontal stacked bars of counts; the total is written at the end of each bar. */
export function CountBarChart({ rows, series, title }: CountBarChartProps) {
  const i18n = useI18n()
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
  const { ref, layout, isCjk, categoryAxis, valueAxis, hasTurn } = useBarLayout(drawn.map((row) => row.label))

  return (
    <div ref={ref} className="w-full">
      <BarChart
        data={data}
        layout="vertical"
        responsive
        style={{ width: '100%', height: data.length * layout.rowHeight + 6.5 * layout.fontSize }}
        margin={{ top: layout.isNarrow ? 1.7 * layout.fontSize : 4, right: 3 * layout.fontSize, bottom: 4, left: 4 }}
        barCategoryGap={layout.isNarrow ? '38%' : '20%'}
        title={title}
        desc={drawn.map((row) => `${row.label}: ${formatCount(row.total, i18n.locale)}`).join('; ')}
      >
        {/* Its axes and marks when its turn to draw comes (draw-turns.ts); until then its box. */}
        {hasTurn && (
          <>
            <XAxis {...valueAxis} allowDecimals={false} />
            <YAxis {...categoryAxis} />
            <Tooltip
              cursor={{ fill: 'var(--color-accent-soft)' }}
              contentStyle={{
                background: 'var(--color-raised)',
                borderColor: 'var(--color-line)',
                color: 'var(--color-ink)',
              }}
              itemStyle={{ color: 'var(--color-ink)' }}
            />
            <Legend
              verticalAlign="top"
              align="left"
              itemSorter={null}
              wrapperStyle={{ color: 'var(--color-ink)', paddingBottom: 8, fontSize: layout.fontSize }}
            />
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
          </>
        )}
      </BarChart>
      <CappedNote shown={drawn.length} total={rows.length} />
    </div>
  )
}
