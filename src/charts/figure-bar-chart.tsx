import { useMemo, useRef, type KeyboardEvent } from 'react'
import { Bar, Cell, LabelList, XAxis, YAxis } from 'recharts'
import type { FigureRow } from '@/data/select-figures'
import { formatFigure, formatValue } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { kindDash, kindFill, kindStroke } from '@/charts/kind-style'
import { RowLabel, ValueLabel } from '@/charts/category-tick'
import { useBarLayout } from '@/charts/use-bar-layout'
import { capRows } from '@/charts/cap-rows'
import { CappedNote } from '@/charts/capped-note'
import { useTooltips } from '@/charts/tooltip-layer'
import { BarChartOnTurn } from '@/charts/waiting-chart-box'
import { ActivePointTracker } from '@/charts/active-point'
import { useOpenSource } from '@/view-state/use-open-source'

type FigureBarChartProps = {
  rows: FigureRow[]
  /** The accessible name of the drawing; the figure around it has the full title. */
  title: string
  /** Category label for a row; defaults to the figure's label. */
  labelOf?: (row: FigureRow) => string
}

/**
 * One horizontal bar per figure, all in one unit. Each bar is labelled with its value and qualifier
 * (">1,600", "≈2.7M") and filled by kind.
 */
export function FigureBarChart({ rows, title, labelOf }: FigureBarChartProps) {
  const i18n = useI18n()
  // The same rows give the same data, so a render of the chart alone (its tooltip joining, a
  // slide fitting its rows) does not have Recharts work out its bars again and draw them anew.
  const { drawn, data } = useMemo(() => {
    const drawn = capRows(rows, (row) => row.value)
    const data = drawn.map((row) => ({
      id: row.id,
      name: labelOf ? labelOf(row) : i18n.local(row.label),
      value: row.value,
      short: formatFigure(row, i18n.locale, 'short'),
      row,
    }))
    return { drawn, data }
  }, [rows, labelOf, i18n])
  const unit = rows[0]?.unit ?? 'percent'
  const { ref, frame, layout, isCjk, categoryAxis, valueAxis, turn, hasTurn } = useBarLayout(
    data.map((d) => d.name),
    (value) => formatValue(value, unit, i18n.locale, 'short'),
    6, // room for ">1,600" and "≈2.7M"
  )
  const tooltips = useTooltips(hasTurn)
  const openSource = useOpenSource()
  const activeRef = useRef<{ id: string } | null>(null)
  // Arrow keys move between bars (Recharts' keyboard layer); Enter opens the chosen bar's source.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && activeRef.current) {
      event.preventDefault()
      openSource(activeRef.current.id)
    }
  }

  return (
    <div ref={ref} className="w-full" onKeyDown={onKeyDown}>
      <BarChartOnTurn
        turn={turn}
        {...frame}
        data={data}
        title={title}
        desc={data.map((d) => `${d.name}: ${formatFigure(d.row, i18n.locale)}`).join('; ')}
      >
        <XAxis {...valueAxis} />
        <YAxis {...categoryAxis} />
        {/* The bar the arrow keys chose, for Enter, with or without a tooltip yet. */}
        <ActivePointTracker activeRef={activeRef} />
        {tooltips && <tooltips.FigureChartTooltip />}
        <Bar
          dataKey="value"
          barSize={layout.barSize}
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry: { payload?: { id?: string } }) => {
            if (entry.payload?.id) openSource(entry.payload.id)
          }}
        >
          {data.map((d) => (
            <Cell
              key={d.id}
              fill={kindFill[d.row.kind]}
              stroke={kindStroke[d.row.kind]}
              strokeWidth={1.5}
              strokeDasharray={kindDash[d.row.kind]}
            />
          ))}
          <LabelList dataKey="short" content={<ValueLabel fontSize={layout.fontSize} />} />
          {layout.isNarrow && (
            <LabelList
              dataKey="name"
              content={<RowLabel labelWidth={layout.labelWidth} breakAll={isCjk} fontSize={layout.fontSize} />}
            />
          )}
        </Bar>
      </BarChartOnTurn>
      <CappedNote shown={drawn.length} total={rows.length} />
    </div>
  )
}
