import { barBands, wrapLabel, VALUE_AXIS_HEIGHT, type BarLayout } from '@/charts/bar-layout'
import type { BarRow } from '@/charts/bar-chart-data'
import { DIMMED_OPACITY, SPOTLIT_LABEL_SCALE } from '@/charts/spotlight'

type StaticBarChartProps = {
  rows: BarRow[]
  /** One layout; or, before the chart's width is known (the HTML built ahead), both kinds. */
  layouts: { narrow: BarLayout; wide: BarLayout } | BarLayout
  ticks: number[]
  formatTick: (value: number) => string
  title: string
  description: string
  /** A click on a bar, as on the live chart's. */
  onSelect?: ((row: BarRow) => void) | undefined
  /** The id of the bar in the spotlight. */
  spotlight?: string | null | undefined
}

/**
 * A bar chart drawn as plain SVG from the same rows and layout as the live one (live-bar-chart.tsx),
 * for the HTML built ahead of time and until the live chart's code is in. Horizontal positions are
 * percentages of the plot, so it fits any width before any script runs; given both layouts, a
 * container query shows the one for the chart's width (styles/app.css).
 */
export function StaticBarChart({ layouts, ...props }: StaticBarChartProps) {
  if ('isNarrow' in layouts) return <BarDrawing layout={layouts} {...props} />
  return (
    <>
      <BarDrawing layout={layouts.narrow} className="static-chart-narrow" {...props} />
      <BarDrawing layout={layouts.wide} className="static-chart-wide" {...props} />
    </>
  )
}

function BarDrawing({
  rows,
  layout,
  ticks,
  formatTick,
  title,
  description,
  onSelect,
  spotlight,
  className,
}: Omit<StaticBarChartProps, 'layouts'> & { layout: BarLayout; className?: string }) {
  const { margin, fontSize, isNarrow } = layout
  const plotLeft = margin.left + layout.axisWidth
  const plotBottom = layout.height - margin.bottom - VALUE_AXIS_HEIGHT
  const top = ticks.at(-1) || 1
  const percent = (value: number) => `${(value / top) * 100}%`
  const bands = barBands(layout, rows.length)
  return (
    <svg width="100%" height={layout.height} role="img" className={className} fontSize={fontSize}>
      <title>{title}</title>
      <desc>{description}</desc>
      {!isNarrow && (
        <g stroke="var(--color-line)">
          <line x1={plotLeft} x2={plotLeft} y1={margin.top} y2={plotBottom} />
          {bands.map((band, index) => (
            <line key={index} x1={plotLeft - 6} x2={plotLeft} y1={band.y} y2={band.y} />
          ))}
        </g>
      )}
      {!isNarrow &&
        rows.map((row, index) => (
          <Label key={row.id} text={row.label} x={plotLeft - 8} y={bands[index]?.y ?? 0} layout={layout} />
        ))}
      {/* The plot, as wide as the chart less its label column and the room for value labels. */}
      <svg x={plotLeft} width={`calc(100% - ${plotLeft + margin.right}px)`} overflow="visible">
        <line x1="0" x2="100%" y1={plotBottom} y2={plotBottom} stroke="var(--color-line)" />
        {ticks.map((tick) => (
          <line
            key={tick}
            x1={percent(tick)}
            x2={percent(tick)}
            y1={plotBottom}
            y2={plotBottom + 6}
            stroke="var(--color-line)"
          />
        ))}
        {ticks.map((tick) => (
          <text
            key={tick}
            x={percent(tick)}
            y={plotBottom + 8}
            dy="0.71em"
            textAnchor="middle"
            fill="var(--color-ink-muted)"
            fontSize={layout.tickSize}
          >
            {formatTick(tick)}
          </text>
        ))}
        {rows.map((row, index) => {
          const band = bands[index]
          if (!band) return null
          const look = spotlightLook(row.id, spotlight, fontSize)
          return (
            <g key={row.id}>
              {isNarrow && <Label text={row.label} x={0} y={band.barY - 5} layout={layout} />}
              <rect
                className="static-bar"
                y={band.barY}
                width={percent(row.value)}
                height={layout.barSize}
                fill={row.fill}
                stroke={row.stroke}
                strokeWidth={row.stroke ? 1.5 : undefined}
                strokeDasharray={row.dash}
                opacity={look.opacity}
                cursor={onSelect ? 'pointer' : undefined}
                onClick={onSelect ? () => onSelect(row) : undefined}
              />
              <text x={percent(row.value)} dx="5" y={band.y} dy="0.355em" {...look.label}>
                {row.valueLabel}
              </text>
            </g>
          )
        })}
      </svg>
    </svg>
  )
}

/**
 * How a bar and its value label look with a bar in the spotlight: the others dimmed, their labels
 * in muted ink (still text contrast); its label larger. Without a spotlight, as always.
 */
export function spotlightLook(id: string, spotlight: string | null | undefined, fontSize: number) {
  const isDimmed = !!spotlight && spotlight !== id
  return {
    opacity: isDimmed ? DIMMED_OPACITY : undefined,
    label: {
      fill: isDimmed ? 'var(--color-ink-muted)' : 'var(--color-ink)',
      fontSize: spotlight === id ? Math.round(fontSize * SPOTLIT_LABEL_SCALE) : fontSize,
      fontWeight: spotlight === id ? 700 : 600,
    },
  }
}

/**
 * A category label, wrapped: beside its bar (wide, ending at `x`, centred on `y`) or above it
 * (narrow, starting at `x`, its last line's baseline at `y`).
 */
export function Label({ text, x, y, layout }: { text: string; x: number; y: number; layout: BarLayout }) {
  const lines = wrapLabel(text, layout.labelWidth, layout.fontSize)
  const firstDy = layout.isNarrow ? -(lines.length - 1) : 0.355 - (lines.length - 1) / 2
  return (
    <text x={x} y={y} textAnchor={layout.isNarrow ? 'start' : 'end'} fill="var(--color-ink)" fontSize={layout.fontSize}>
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={`${index === 0 ? firstDy : 1.2}em`}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
