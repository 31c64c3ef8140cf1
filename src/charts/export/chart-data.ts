import type { FactKind, Note } from '@/data/schema'
import type { FigureRow } from '@/data/select-figures'
import type { ListRow } from '@/data/select-lists'
import type { CountRow, CountSeries } from '@/charts/count-bar-chart'
import type { ChartId } from '@/view-state/view'

export type ExportFormat = 'png' | 'svg' | 'csv'

/** What a chart draws, for its CSV and its legend: figures, or counts of named items. */
export type ChartData =
  | { kind: 'figures'; rows: FigureRow[] }
  | {
      kind: 'counts'
      rows: CountRow[]
      series: CountSeries[]
      /** Header of the category column, as in the chart's table. */
      categoryLabel: string
      /** Header of the series column; null when the series are areas, which the area column names. */
      seriesLabel: string | null
      /** The lists whose items one stack counts: their speakers and quotes source that CSV row. */
      listsOf: (rowKey: string, seriesKey: string) => ListRow[]
    }

/** A chart's downloads: which chart (for the file name and the link back) and its data. */
export type ChartDownload = { chart: ChartId; data: ChartData }

/** The frame's words, in the reader's language, drawn around an exported image. */
export type FrameText = {
  title: string
  question: string
  /** "Unit: Vehicles". */
  unitLine: string
  summary: string
  /** Kinds in the legend of a figure chart. */
  kinds: FactKind[]
  sourceLines: string[]
  hasQualifierKey: boolean
  notes: Note[]
  /** The day the figures were stated, as an ISO day. */
  sourceDate: string
}
