import type { ChartScale } from '@/charts/chart-scale'

/**
 * Where a horizontal bar chart puts its labels and bars, and how tall it is. The layout depends on
 * the chart's width only through one choice, narrow or wide, and labels wrap at widths fixed for
 * each, with text widths estimated rather than measured: so the same rows give the same height at
 * every width of a kind, and the chart drawn into the HTML at build time (static-bar-chart.tsx)
 * has the very height of the live one that replaces it.
 */
export type BarLayout = {
  isNarrow: boolean
  fontSize: number
  tickSize: number
  lineHeight: number
  barSize: number
  /** Wide: the label column beside the bars. Narrow: 0 (labels go above their bars). */
  axisWidth: number
  /** How wide a label may run before it wraps. */
  labelWidth: number
  rowHeight: number
  /** The least a row can shrink to (on a slide) and still fit its label's lines. */
  minRowHeight: number
  height: number
  margin: { top: number; right: number; bottom: number; left: number }
}

/** Below this width of the chart (times the scale's font), labels go above their bars. */
const NARROW_BELOW = 560
/** A chart on a 360 px phone, less the page's and the card's padding. */
const NARROWEST = 296
/** The widest the label column gets beside the bars; on a slide, wide enough for two lines of a long label. */
const LABEL_COLUMN = 240
const PROJECTED_LABEL_COLUMN = 360
/** Labels wrap to at most this many lines; the table and the summary always have the full text. */
const MAX_LINES = 4
/** The height of the value axis under the bars: Recharts' default for an XAxis. */
export const VALUE_AXIS_HEIGHT = 30

export const isNarrowWidth = (width: number, scale: ChartScale) => width < NARROW_BELOW * scale.font

/**
 * The layout of `labels` (in the reader's language) at a kind of width. `valueLabelEms`: the room
 * after the longest bar for its value label, in ems. `rowHeight` overrides the natural one (a slide
 * fitting its rows).
 */
export function barLayout(options: {
  labels: string[]
  isNarrow: boolean
  scale: ChartScale
  valueLabelEms: number
  rowHeight?: number | undefined
}): BarLayout {
  const { labels, isNarrow, scale, valueLabelEms } = options
  const fontSize = Math.round(13 * scale.font)
  // Axis numbers are a size smaller than labels on a desk, the same size on a projector (24 px at least).
  const tickSize = Math.round((scale.isProjected ? 13 : 12) * scale.font)
  const lineHeight = fontSize * 1.2
  const barSize = Math.round(26 * scale.row)
  const lines = (width: number) => Math.max(1, ...labels.map((label) => wrapLabel(label, width, fontSize).length))

  const longest = Math.max(0, ...labels.map((label) => estimateWidth(label, fontSize)))
  const axisWidth = isNarrow
    ? 0
    : Math.round(
        Math.min(longest * 1.08 + 12, (scale.isProjected ? PROJECTED_LABEL_COLUMN : LABEL_COLUMN) * scale.font),
      )
  const labelWidth = isNarrow ? NARROWEST * scale.font - 24 : axisWidth - 8
  const fitted = isNarrow ? barSize + lines(labelWidth) * lineHeight + 20 : lines(labelWidth) * lineHeight + 16
  const natural = Math.round(Math.max((isNarrow ? 68 : 52) * scale.row, fitted))
  const minRowHeight = Math.round(isNarrow ? fitted : Math.max(fitted - 14, fontSize * 1.6))
  const rowHeight = options.rowHeight ?? natural
  return {
    isNarrow,
    fontSize,
    tickSize,
    lineHeight,
    barSize: Math.min(barSize, Math.round(rowHeight * 0.5)),
    axisWidth,
    labelWidth,
    rowHeight,
    minRowHeight,
    height: Math.round(labels.length * rowHeight + 3.4 * fontSize),
    margin: {
      top: isNarrow ? Math.round(1.7 * fontSize) : 4,
      right: valueLabelEms * fontSize,
      // Room under the value axis for ticks taller than its fixed height (large type on a slide).
      bottom: Math.max(4, Math.round(tickSize * 1.25) - VALUE_AXIS_HEIGHT + 12),
      left: 4,
    },
  }
}

/** Where each bar sits, as Recharts places a bar of a fixed size in the middle of its band. */
export function barBands(layout: BarLayout, count: number): { y: number; barY: number }[] {
  const { margin, height, barSize } = layout
  const band = (height - margin.top - margin.bottom - VALUE_AXIS_HEIGHT) / Math.max(1, count)
  return Array.from({ length: count }, (_, index) => {
    const y = margin.top + index * band
    return { y: y + band / 2, barY: y + (band - barSize) / 2 }
  })
}

/** The width a text takes at `fontSize`, estimated: a full em for Chinese, a little over half for Latin. */
export function estimateWidth(text: string, fontSize: number): number {
  let ems = 0
  for (const char of text) ems += char.charCodeAt(0) > 0x2e80 ? 1 : char === ' ' ? 0.3 : 0.58
  return ems * fontSize
}

/**
 * Breaks a label into lines at most `width` wide: at spaces, or between any two characters in
 * Chinese, which has none. Past MAX_LINES, the last line ends in an ellipsis.
 */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const isCjk = /[\u2e80-\u9fff]/.test(text)
  const pieces = isCjk ? [...text] : text.split(/\s+/).filter(Boolean)
  const joiner = isCjk ? '' : ' '
  const lines: string[] = []
  let line = ''
  for (const piece of pieces) {
    const candidate = line === '' ? piece : `${line}${joiner}${piece}`
    if (line !== '' && estimateWidth(candidate, fontSize) > width) {
      lines.push(line)
      line = piece
    } else {
      line = candidate
    }
  }
  if (line !== '') lines.push(line)
  if (lines.length <= MAX_LINES) return lines
  let last = lines.slice(MAX_LINES - 1).join(joiner)
  while (last.length > 1 && estimateWidth(`${last}…`, fontSize) > width) last = last.slice(0, -1).trimEnd()
  return [...lines.slice(0, MAX_LINES - 1), `${last}…`]
}

/** Round steps for a value axis from 0: four or five ticks of 1, 2, 2.5 or 5 times a power of ten. */
export function valueTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1]
  const rough = max / 4
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough
  const count = Math.ceil(max / step - 1e-9)
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)))
}
