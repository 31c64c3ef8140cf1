import { useId, useState } from 'react'
import { useI18n } from '@/i18n/i18n'
import { withFilter, type SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'

/** As parse-view.ts accepts it. */
const MAX_LENGTH = 200

/**
 * The text filter: what is typed stays as typed, the link holds it trimmed. Its first letter adds a
 * history entry, the rest replace it, so Back leaves the search rather than stepping through it.
 */
export function TextFilter({ view, setView }: { view: View; setView: SetView }) {
  const i18n = useI18n()
  const id = useId()
  const q = view.filters.q ?? ''
  const [text, setText] = useState(q)
  // A view from elsewhere (Back, Reset filters) brings its own text.
  const [shownQ, setShownQ] = useState(q)
  if (q !== shownQ) {
    setShownQ(q)
    if (text.trim() !== q) setText(q)
  }
  return (
    <div className="flex max-w-md flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {i18n.t('filter.text')}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        maxLength={MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          const next = event.target.value
          setText(next)
          setView((v) => withFilter(v, 'q', next.trim() || null), {
            mode: view.filters.q === null ? 'push' : 'replace',
          })
        }}
        className="min-h-10 w-full rounded-md border border-line bg-raised px-3 text-base"
      />
    </div>
  )
}
