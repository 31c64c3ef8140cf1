import { useI18n } from '@/i18n/i18n'
import { barLayout, CategoryTick, ValueTick } from '@/charts/category-tick'
import { useChartScale } from '@/charts/chart-scale'
import { useElementWidth } from '@/charts/use-element-width'
import { useFittedRowHeight } from '@/charts/use-fitted-row-height'
import { useDrawTurn } from '@/charts/draw-turns'

/**
 * Everything a horizontal bar chart needs to size itself: its width, where its labels go, how tall
 * its rows are (fitted to the slide on a projector), and whether it may draw its marks yet (charts
 * take turns, see draw-turns.ts). Both bar charts share it. `valueLabelEms`: the room after the
 * longest bar for its value label, in ems.
 */
export function useBarLayout(labels: string[], formatValue: (value: number) => string = String, valueLabelEms = 3) {
  const i18n = useI18n()
  const { ref, width, measure } = useElementWidth<HTMLDivElement>()
  // Measured again as its turn comes: a tab mounted ahead may have been skipped through a resize.
  const turn = useDrawTurn(width > 0, ref, measure)
  const hasTurn = turn === 'drawn'
  const isCjk = i18n.locale === 'zh'
  const natural = barLayout(labels, width, isCjk, useChartScale())
  const rowHeight = useFittedRowHeight(ref, labels.length, natural.rowHeight, natural.minRowHeight)
  const layout = { ...natural, rowHeight, barSize: Math.min(natural.barSize, Math.round(rowHeight * 0.5)) }
  // What both bar charts give their axes: labels beside the bars (or above them on a phone), and
  // value ticks one size smaller.
  const categoryAxis = {
    type: 'category',
    dataKey: 'name',
    width: layout.axisWidth,
    hide: layout.isNarrow,
    tick: <CategoryTick width={layout.labelWidth} breakAll={isCjk} fontSize={layout.fontSize} />,
    stroke: 'var(--color-line)',
    interval: 0,
  } as const
  // Every value tick Recharts makes is drawn (interval 0): a handful of short numbers that always
  // fit. Neither Recharts' thinning nor its tick text then measures each one in the page (a forced
  // layout per tick); labels are measured on a canvas (text-width.ts).
  const valueAxis = {
    type: 'number',
    interval: 0,
    tick: <ValueTick fontSize={layout.tickSize} format={formatValue} />,
    stroke: 'var(--color-line)',
  } as const
  // The drawing's own size and margins, given to Recharts, which then measures nothing; the box
  // that stands in for the chart until its turn (BarChartOnTurn) has the same height. A chart set
  // up ahead of its tab's first visit has no width: Recharts then registers its parts, drawing none.
  const frame = {
    layout: 'vertical',
    width: hasTurn ? width : 0,
    height: labels.length * layout.rowHeight + 3.4 * layout.fontSize,
    margin: {
      top: layout.isNarrow ? 1.7 * layout.fontSize : 4,
      right: valueLabelEms * layout.fontSize,
      bottom: 4,
      left: 4,
    },
    barCategoryGap: layout.isNarrow ? '38%' : '20%',
  } as const
  return { ref, frame, layout, isCjk, categoryAxis, valueAxis, turn, hasTurn }
}
