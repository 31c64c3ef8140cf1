import type { FactList, LocalText, Note, Speaker } from '@/data/schema'
import { notesFor, type DatasetIndex, type FigureSource } from '@/data/select-figures'

/** A named list from the article, with its speaker, area and notes resolved. */
export type ListRow = {
  id: string
  label: LocalText
  list: FactList
  region: LocalText
  speaker: Speaker
  source: FigureSource
  notes: Note[]
}

export function toListRow(list: FactList, index: DatasetIndex): ListRow {
  const speaker = index.speakers.get(list.speaker) ?? {
    id: list.speaker,
    name: { en: list.speaker },
    role: { en: '', zh: '' },
  }
  return {
    id: list.id,
    label: list.label,
    list,
    region: index.regions.get(list.region) ?? { en: list.region, zh: list.region },
    speaker,
    source: { kind: 'stated', speaker, quote: list.quote },
    notes: notesFor(list.id, list.notes, index),
  }
}
