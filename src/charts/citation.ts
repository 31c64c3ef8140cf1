import type { LocalText, Note } from '@/data/schema'
import type { FigureSource } from '@/data/select-figures'

/** Anything a chart shows that must carry its source: a figure, or a list from the article. */
export type Citation = { id: string; label: LocalText; source: FigureSource; notes: Note[] }

/** The distinct notes that stand beside a set of citations, in first-seen order. */
export function notesOf(citations: Citation[]): Note[] {
  return [...new Set(citations.flatMap((citation) => citation.notes))]
}
