import type { FactKind, Note } from '@/data/schema'
import type { FigureRow } from '@/data/select-figures'
import type { ListRow } from '@/data/select-lists'
import type { ChartId, Tab } from '@/view-state/view'

export type ExportFormat = 'png' | 'svg' | 'csv'

/** What a view shows, for its CSV: figures, or the items of named lists. */
export type ChartData = { kind: 'figures'; rows: FigureRow[] } | { kind: 'lists'; rows: ListRow[] }

/** A view's downloads: which part of which tab (for the file name and the link back) and its data. */
export type ChartDownload = { tab: Tab; chart: ChartId; data: ChartData }

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
