import { notesOf, type Citation } from '@/charts/citation'
import { SourceDetails } from '@/charts/source-details'
import { useI18n } from '@/i18n/i18n'

/** What a presenter can say on a slide, from the data: its summaries in words, and the citations behind it. */
export type TalkingPoints = { summaries: string[]; citations: Citation[] }

/**
 * The slide's talking points in the deck's language: what the chart says, the data notes to
 * mention, and the quotes behind it with their speakers.
 */
export function TalkingPointsList({ points }: { points: TalkingPoints }) {
  const i18n = useI18n()
  const notes = notesOf(points.citations)
  // Each quote once: lists named in one sentence share it.
  const quoted: Citation[] = []
  const seen = new Set<string>()
  for (const citation of points.citations) {
    if (citation.source.kind === 'derived' || seen.has(citation.source.quote)) continue
    seen.add(citation.source.quote)
    quoted.push(citation)
  }
  if (points.summaries.length + notes.length + quoted.length === 0) {
    return <p className="text-ink-muted">{i18n.t('presenterView.none')}</p>
  }
  return (
    <div className="flex flex-col gap-4">
      {points.summaries.map((summary, index) => (
        <p key={index} className="text-lg leading-relaxed">
          {summary}
        </p>
      ))}
      {notes.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{i18n.t('presenterView.notes')}</h3>
          <ul className="flex flex-col gap-2">
            {notes.map((note) => (
              <li key={note.id} className="border-l-4 border-note-line bg-note px-3 py-2 text-note-ink">
                <p className="font-semibold">† {i18n.local(note.title)}</p>
                <p>{i18n.local(note.body)}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {quoted.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{i18n.t('presenterView.quotes')}</h3>
          <ol className="flex flex-col gap-3">
            {quoted.map((citation) => (
              <li key={citation.id}>
                <p className="text-sm font-medium">{i18n.local(citation.label)}</p>
                <SourceDetails source={citation.source} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  )
}
