import {
  escapeAttribute,
  escapeText,
  formatNumber,
  svgSerializer,
  type Paint,
  type StyleReader,
} from '@/charts/export/serialize-svg'
import { wrapText } from '@/charts/export/wrap-text'

/** A legend entry: a swatch painted with tokens, and its words. */
export type LegendEntry = { label: string; fill: string; stroke?: string | undefined; dash?: string | undefined }

export type SvgInput = {
  /** The chart's live drawing. */
  chart: SVGSVGElement
  title: string
  question: string
  unitLine: string
  legend: LegendEntry[]
  /** Source lines, keys, notes, the as-of line and the link, top to bottom. */
  footer: { text: string; isStrong?: boolean }[]
  /** The drawing's description, for screen readers and file browsers. */
  summary: string
  /** BCP 47 tag: picks the Chinese glyph forms. */
  lang: string
  fontFamily: string
  /** Token paints of the frame. */
  palette: { background: string; ink: string; muted: string; rule: string }
}

export type SvgOutput = { svg: string; width: number; height: number }

const SVG_NS = 'http://www.w3.org/2000/svg'
const XLINK_NS = 'http://www.w3.org/1999/xlink'

/**
 * A standalone SVG document of a chart as the page draws it, with the frame's words around it:
 * title, question and unit above; the legend; the source, keys, notes, the as-of date and the link
 * below. Colours are the page's computed colours as hex (no var(), no stylesheet), the fill
 * patterns the chart uses are copied in, and fonts fall back to the system's. `scale` sets the
 * document's size in pixels (a 2× PNG), never its drawing.
 */
export function toSvg(input: SvgInput, reader: StyleReader, scale = 1): SvgOutput {
  const chartWidth = sizeOf(input.chart, 'width')
  const top = emptyTop(input.chart)
  const chartHeight = sizeOf(input.chart, 'height') - top
  const pad = chartWidth < 480 ? 16 : 24
  const width = Math.ceil(chartWidth + 2 * pad)
  const inner = width - 2 * pad
  const serializer = svgSerializer(reader)
  const ink = serializer.token(input.palette.ink).paint
  const muted = serializer.token(input.palette.muted).paint
  const parts: string[] = []
  let y = pad

  const writeLines = (text: string, font: { size: number; weight: number; lineHeight: number; fill: string }) => {
    for (const line of wrapText(text, inner, (t) => reader.measure(t, font))) {
      const baseline = y + (font.lineHeight + font.size * 0.7) / 2
      parts.push(
        `<text x="${pad}" y="${round(baseline)}" font-size="${font.size}" font-weight="${font.weight}" fill="${font.fill}">${escapeText(line)}</text>`,
      )
      y += font.lineHeight
    }
  }

  writeLines(input.title, { size: 20, weight: 700, lineHeight: 26, fill: ink })
  y += 4
  writeLines(input.question, { size: 14, weight: 400, lineHeight: 20, fill: muted })
  y += 4
  writeLines(input.unitLine, { size: 12, weight: 600, lineHeight: 18, fill: muted })

  if (input.legend.length > 0) {
    y += 8
    y = writeLegend(input.legend, { x: pad, y, width: inner, ink }, parts, reader, serializer.token)
  }

  y += 12
  const chartTop = y
  parts.push(serializer.chart(input.chart, { x: pad, y: chartTop, top, width: chartWidth, height: chartHeight }))
  y += chartHeight + 14

  const rule = serializer.token(input.palette.rule).paint
  parts.push(`<line x1="${pad}" y1="${y}" x2="${width - pad}" y2="${y}" stroke="${rule}" stroke-width="1"/>`)
  y += 10
  for (const line of input.footer) {
    writeLines(line.text, {
      size: 12,
      weight: line.isStrong ? 600 : 400,
      lineHeight: 17,
      fill: line.isStrong ? ink : muted,
    })
    y += 2
  }
  const height = Math.ceil(y + pad - 2)

  const background = serializer.token(input.palette.background)
  const svg = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}"` +
      ` font-family="${escapeAttribute(input.fontFamily)}" lang="${escapeAttribute(input.lang)}" xml:lang="${escapeAttribute(input.lang)}" role="img">`,
    `<title>${escapeText(input.title)}</title>`,
    `<desc>${escapeText(input.summary)}</desc>`,
    `<defs>${serializer.patterns().join('')}</defs>`,
    `<rect width="${width}" height="${height}" fill="${background.paint}"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n')
  return { svg, width, height }
}

type Box = { x: number; y: number; width: number; ink: string }

/** Swatch and label per entry, flowing left to right; returns the y below the legend. */
function writeLegend(
  entries: LegendEntry[],
  box: Box,
  parts: string[],
  reader: StyleReader,
  token: (value: string) => Paint,
): number {
  const font = { size: 13, weight: 400 }
  const lineHeight = 20
  const swatch = 12
  const labelOffset = swatch + 6
  const gap = 16
  let x = box.x
  let y = box.y
  for (const entry of entries) {
    const labelWidth = reader.measure(entry.label, font)
    const itemWidth = labelOffset + labelWidth
    if (x > box.x && x + itemWidth > box.x + box.width) {
      x = box.x
      y += lineHeight
    }
    const lines =
      itemWidth > box.width
        ? wrapText(entry.label, box.width - labelOffset, (t) => reader.measure(t, font))
        : [entry.label]
    const fill = token(entry.fill)
    const stroke = entry.stroke ? token(entry.stroke) : null
    parts.push(
      `<rect x="${round(x + 1)}" y="${round(y + (lineHeight - swatch) / 2)}" width="${swatch}" height="${swatch}" rx="2"` +
        paintAttributes('fill', fill) +
        (stroke ? `${paintAttributes('stroke', stroke)} stroke-width="1.5"` : '') +
        (entry.dash ? ` stroke-dasharray="${escapeAttribute(entry.dash)}"` : '') +
        '/>',
    )
    lines.forEach((line, index) => {
      const baseline = y + index * lineHeight + (lineHeight + font.size * 0.7) / 2
      parts.push(
        `<text x="${round(x + labelOffset)}" y="${round(baseline)}" font-size="${font.size}" fill="${box.ink}">${escapeText(line)}</text>`,
      )
    })
    if (lines.length > 1) {
      y += lines.length * lineHeight
      x = box.x
    } else {
      x += itemWidth + gap
    }
  }
  return x === box.x ? y : y + lineHeight
}

function paintAttributes(property: 'fill' | 'stroke', { paint, opacity }: Paint): string {
  return ` ${property}="${paint}"${opacity === 1 ? '' : ` ${property}-opacity="${formatNumber(opacity)}"`}`
}

/**
 * Height at the top of the drawing with nothing drawn in it (the chart's top margin): the file
 * draws its own legend above the chart, and that band would only widen the gap under it.
 */
function emptyTop(chart: SVGSVGElement): number {
  const frame = chart.getBoundingClientRect()
  if (frame.height === 0) return 0
  // Bounding boxes of what is drawn; empty labels and definitions have none to speak of.
  let highest = Infinity
  for (const element of chart.querySelectorAll('*')) {
    if (element.childElementCount > 0 || element.closest('defs')) continue
    const box = element.getBoundingClientRect()
    if (box.width > 0 || box.height > 0) highest = Math.min(highest, box.top - frame.top)
  }
  if (!Number.isFinite(highest)) return 0
  const unitsPerPixel = sizeOf(chart, 'height') / frame.height
  return Math.max(0, Math.floor(highest * unitsPerPixel) - 4)
}

function sizeOf(chart: SVGSVGElement, dimension: 'width' | 'height'): number {
  const attribute = Number(chart.getAttribute(dimension))
  if (Number.isFinite(attribute) && attribute > 0) return attribute
  return chart.getBoundingClientRect()[dimension]
}

const round = (value: number) => Math.round(value * 10) / 10
