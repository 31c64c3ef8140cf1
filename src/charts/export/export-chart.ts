import { formatDate, localeTags } from '@/i18n/format'
import { punctuation, type I18n } from '@/i18n/i18n'
import { kindDash, kindFill, kindStroke } from '@/charts/kind-style'
import type { ChartDownload, ExportFormat, FrameText } from '@/charts/export/chart-data'
import { chartCsv } from '@/charts/export/csv-rows'
import { download } from '@/charts/export/download'
import { exportFileName } from '@/charts/export/file-name'
import { pageReader } from '@/charts/export/page-reader'
import { toPng } from '@/charts/export/to-png'
import { toSvg, type LegendEntry, type SvgInput } from '@/charts/export/to-svg'

// Loaded on the first click of a download button, never with the page.

/** Pixels per CSS pixel in a PNG, whatever the screen's density: sharp on slides and in print. */
const PNG_SCALE = 2

export type ExportRequest = {
  format: ExportFormat
  download: ChartDownload
  text: FrameText
  /** The strings in the language on screen. */
  i18n: I18n
  /** The view's address, with this chart alone: where the file came from. */
  url: string
  /** The chart's frame, as drawn: its chart, colours and font. */
  figure: HTMLElement
}

/** Makes one file from a chart's frame and hands it to the browser as a download. */
export async function exportChart(request: ExportRequest): Promise<void> {
  const { format, text, i18n } = request
  const fileName = exportFileName(request.download.tab, request.download.chart, i18n.locale, format)
  if (format === 'csv') {
    const csv = chartCsv(request.download.data, i18n, { sourceDate: text.sourceDate, url: request.url })
    download(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName)
    return
  }

  const chart = findChart(request.figure)
  if (!chart) throw new Error('the chart is not drawn')
  const fontFamily = getComputedStyle(request.figure).fontFamily
  const reader = pageReader(fontFamily)
  try {
    const input = svgInput(request, chart, fontFamily)
    if (format === 'svg') {
      download(new Blob([toSvg(input, reader).svg], { type: 'image/svg+xml;charset=utf-8' }), fileName)
    } else {
      const { svg, width, height } = toSvg(input, reader, PNG_SCALE)
      download(await toPng(svg, width * PNG_SCALE, height * PNG_SCALE), fileName)
    }
  } finally {
    reader.dispose()
  }
}

/** The chart's drawing: the largest Recharts surface in the frame. */
function findChart(figure: HTMLElement): SVGSVGElement | null {
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect()
    return box.width * box.height
  }
  const surfaces = [...figure.querySelectorAll<SVGSVGElement>('svg.recharts-surface')]
  return surfaces.sort((a, b) => area(b) - area(a))[0] ?? null
}

function svgInput(request: ExportRequest, chart: SVGSVGElement, fontFamily: string): SvgInput {
  const { text, url, i18n } = request
  const footer = [
    ...text.sourceLines.map((line) => ({ text: line })),
    ...(text.hasQualifierKey ? [{ text: i18n.t('chart.qualifierKey') }] : []),
    // Titles only, as on a slide: the file cannot open a note, and the title carries the warning.
    ...text.notes.map((note) => ({
      text: `† ${i18n.t(`note.${note.severity}`)}${punctuation[i18n.locale].colon}${i18n.local(note.title)}`,
    })),
    { text: i18n.t('app.asOf', { date: formatDate(text.sourceDate, i18n.locale) }), isStrong: true },
    { text: i18n.t('export.link', { site: i18n.t('app.siteName'), url }) },
  ]
  return {
    chart,
    title: text.title,
    question: text.question,
    unitLine: text.unitLine,
    legend: legendOf(request),
    footer,
    summary: text.summary,
    lang: localeTags[i18n.locale],
    fontFamily,
    palette: {
      background: 'var(--color-raised)',
      ink: 'var(--color-ink)',
      muted: 'var(--color-ink-muted)',
      rule: 'var(--color-line-soft)',
    },
  }
}

/** The legend the page draws beside the chart in HTML, which a copy of the chart's SVG would lose. */
function legendOf({ text, i18n }: ExportRequest): LegendEntry[] {
  const separator = punctuation[i18n.locale].colon
  return text.kinds.map((kind) => ({
    label: `${i18n.t(`kind.${kind}`)}${separator}${i18n.t(`kind.${kind}.hint`)}`,
    fill: kindFill[kind],
    stroke: kindStroke[kind],
    // As the page's swatch: the bars' dash, shortened to show at swatch size.
    dash: kindDash[kind] === undefined ? undefined : '3 2',
  }))
}
