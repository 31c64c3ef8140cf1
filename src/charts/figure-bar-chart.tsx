import { use, useMemo } from 'react'
import type { FigureRow } from '@/data/select-figures'
import {
  formatFigure,
  formatInScale,
  formatInScaleWithQualifier,
  precisionOf,
  scaleFor,
  scaleUnitWords,
} from '@/i18n/format'
import { useI18n, type I18n } from '@/i18n/i18n'
import { kindDash, kindFill, kindStroke } from '@/charts/kind-style'
import { BarChart } from '@/charts/bar-chart'
import type { BarRow } from '@/charts/bar-chart-data'
import { capRows } from '@/charts/cap-rows'
import { CappedNote } from '@/charts/capped-note'
import { FigureTooltip } from '@/charts/figure-tooltip'
import { SpotlightContext } from '@/charts/spotlight'
import { Button } from '@/ui/button'
import { setView, useViewSelector } from '@/view-state/use-view-state'

type FigureBarChartProps = {
  rows: FigureRow[]
  /** The accessible name of the drawing; the figure around it has the full title. */
  title: string
  /** Category label for a row; defaults to the figure's label. */
  labelOf?: (row: FigureRow) => string
  /** More words after a bar's value ("+284 on 2022"), given a way to write a figure in the axis's unit. */
  annotate?: (row: FigureRow, inScale: (figure: FigureRow) => string) => string | null
  /** What those words mean, under the chart. */
  annotationNote?: string | null
}

/**
 * The words of a figure chart's unit line: its unit and the one scale its axis writes every value
 * in ("billion yuan", "亿元", "percent").
 */
export function figureUnitWords(rows: FigureRow[], i18n: I18n): string {
  const unit = rows[0]?.unit ?? 'percent'
  const scale = scaleFor(
    rows.map((row) => row.value),
    i18n.locale,
  )
  return scaleUnitWords(scale, i18n.t(`unit.${unit}`), i18n.locale)
}

const spotlightOn = (id: string | null) => setView((view) => ({ ...view, spotlight: id }))

/**
 * One horizontal bar per figure, all in one unit and one scale (figureUnitWords names it). Each bar
 * is labelled with its value and qualifier (">1,000", "≈2.7") and filled by kind. A click, or Enter
 * on the bar the arrow keys chose, puts it in the spotlight and, on a page, opens its source; on
 * the bar in the spotlight, it clears the spotlight. Space only spotlights; Esc clears.
 */
export function FigureBarChart({ rows, title, labelOf, annotate, annotationNote }: FigureBarChartProps) {
  const i18n = useI18n()
  const spotlight = use(SpotlightContext)
  // A slide has no source panel: there, a click only spotlights.
  const isPresenting = useViewSelector((view) => view.mode === 'present')
  const drawn = capRows(rows, (row) => row.value)
  const figures = useMemo(() => new Map(drawn.map((row) => [row.id, row])), [drawn])
  const labelFor = (row: FigureRow) => (labelOf ? labelOf(row) : i18n.local(row.label))
  const scale = scaleFor(
    drawn.map((row) => row.value),
    i18n.locale,
  )
  const bars: BarRow[] = drawn.map((row) => ({
    id: row.id,
    label: labelFor(row),
    valueLabel: [
      formatInScaleWithQualifier(row, scale, i18n.locale),
      annotate?.(row, (figure) => formatInScale(figure.value, scale, i18n.locale, precisionOf(figure))),
    ]
      .filter(Boolean)
      .join('  '),
    value: row.value,
    fill: kindFill[row.kind],
    stroke: kindStroke[row.kind],
    dash: kindDash[row.kind],
  }))
  const isPercent = rows[0]?.unit === 'percent'
  const spotlit = spotlight === null ? undefined : figures.get(spotlight)

  return (
    <>
      <BarChart
        rows={bars}
        title={title}
        description={drawn.map((row) => `${labelFor(row)}: ${formatFigure(row, i18n.locale)}`).join('; ')}
        formatTick={(value) => `${formatInScale(value, scale, i18n.locale)}${isPercent ? '%' : ''}`}
        renderTooltip={(bar) => {
          const figure = figures.get(bar.id)
          return figure ? <FigureTooltip row={figure} /> : null
        }}
        onSelect={(bar) =>
          bar.id === spotlight
            ? spotlightOn(null)
            : setView((view) => ({ ...view, spotlight: bar.id, source: isPresenting ? view.source : bar.id }))
        }
        spotlight={spotlight}
        onSpotlight={spotlightOn}
      />
      {spotlit && !isPresenting && (
        <p className="flex flex-wrap items-center gap-x-2 text-sm">
          {i18n.t('spotlight.shown', { label: labelFor(spotlit) })}
          <Button size="sm" variant="ghost" onClick={() => spotlightOn(null)}>
            {i18n.t('spotlight.clear')}
          </Button>
        </p>
      )}
      {annotationNote && <p className="text-sm text-ink-muted">{annotationNote}</p>}
      <CappedNote shown={drawn.length} total={rows.length} />
    </>
  )
}
