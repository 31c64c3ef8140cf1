import type { Note } from '@/data/schema'
import { punctuation, useI18n } from '@/i18n/i18n'
import { SafeLink } from '@/charts/safe-link'
import { useChartScale } from '@/charts/chart-scale'

/**
 * The article's inconsistencies and ambiguities, beside the figures they concern, never corrected:
 * the title always shows, the explanation opens on request.
 */
export function DataNotes({
  notes,
  isOpen = false,
  isCompact = false,
}: {
  notes: Note[]
  isOpen?: boolean
  /** Nothing to open: titles on a desk; on a slide, where nobody clicks, the wording for an audience. */
  isCompact?: boolean
}) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  if (notes.length === 0) return null
  if (isCompact && isProjected) {
    return (
      <ul className={`grid gap-x-6 gap-y-1 ${notes.length > 1 ? 'grid-cols-2' : 'grid-cols-1'}`}>
        {notes.map((note) => (
          <li key={note.id} className="border-l-4 border-note-line pl-3 text-xs text-note-ink">
            <p role="note">{i18n.t('present.note', { note: i18n.local(note.audience) })}</p>
          </li>
        ))}
      </ul>
    )
  }
  if (isCompact) {
    return (
      <ul className={`grid grid-cols-1 gap-x-6 gap-y-1 ${notes.length > 1 ? 'xl:grid-cols-2' : ''}`}>
        {notes.map((note) => (
          <li key={note.id} className="border-l-4 border-note-line pl-3 text-xs text-note-ink">
            <p role="note">
              <span className="font-semibold">
                † {i18n.t(`note.${note.severity}`)}
                {punctuation[i18n.locale].colon}
              </span>
              {i18n.local(note.title)}
            </p>
          </li>
        ))}
      </ul>
    )
  }
  return (
    <ul className="flex flex-col gap-2">
      {notes.map((note) => (
        <li key={note.id} className="rounded-md border-l-4 border-note-line bg-note px-3 py-2 text-sm text-note-ink">
          {/* The note role sits inside the item (on the <li> it would break the list; <details> takes no role). */}
          <div role="note">
            <details open={isOpen}>
              <summary className="cursor-pointer">
                <span className="font-semibold">
                  {i18n.t(`note.${note.severity}`)}
                  {punctuation[i18n.locale].colon}
                </span>
                {i18n.local(note.title)}
              </summary>
              <p className="mt-1">{i18n.local(note.body)}</p>
              {note.sources && note.sources.length > 0 && (
                <p className="mt-1">
                  {i18n.t('note.sources')}:{' '}
                  {note.sources.map((source, index) => (
                    <span key={source.url}>
                      {index > 0 && ' · '}
                      <SafeLink href={source.url}>{i18n.local(source.label)}</SafeLink>
                    </span>
                  ))}
                </p>
              )}
            </details>
          </div>
        </li>
      ))}
    </ul>
  )
}
