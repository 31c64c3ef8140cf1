import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { selectSource } from '@/data/select-source'
import { CopyFigureButton } from '@/charts/copy-figure-button'
import { Dialog } from '@/ui/dialog'
import { setView, withFilter, withTab } from '@/view-state/use-view-state'
import { defaultView, type View } from '@/view-state/view'
import { buildFinderIndex, searchFinder, type FinderEntry } from '@/features/finder/finder-index'
import { FinderResult } from '@/features/finder/finder-result'

const SHOWN = 50

/**
 * The view an entry opens: for a figure a chart draws, its tab as it opens, every bar shown, with
 * that bar in the spotlight (a source panel would cover it; a click on the bar opens it); else its
 * tab with its source panel open, or the Overview for one speaker.
 */
export function entryView(view: View, entry: FinderEntry): View {
  const onTab = withTab(view, entry.tab)
  if (entry.spotlight) {
    const { filters, chart, display } = defaultView
    return { ...onTab, filters, chart, display, source: null, spotlight: entry.spotlight }
  }
  if (entry.speakerFilter) return { ...withFilter(onTab, 'speaker', entry.speakerFilter), source: null }
  return { ...onTab, source: entry.source }
}

type FinderProps = { data: Dataset; isOpen: boolean; onClose: () => void }

/**
 * The figure finder: stays mounted once opened, so its index is built once per dataset and a
 * second opening is immediate; the dialog itself is shown only while open.
 */
export function Finder({ data, isOpen, onClose }: FinderProps) {
  const entries = useMemo(() => buildFinderIndex(data), [data])
  return isOpen ? <FinderDialog data={data} entries={entries} onClose={onClose} /> : null
}

/** A search field and its results, on the WAI-ARIA combobox pattern: focus stays in the field. */
function FinderDialog({ data, entries, onClose }: { data: Dataset; entries: FinderEntry[]; onClose: () => void }) {
  const i18n = useI18n()
  const inputRef = useRef<HTMLInputElement>(null)
  const listId = useId()
  const countId = useId()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  // Typing stays immediate; the results follow as soon as React has time.
  const deferredQuery = useDeferredValue(query)
  const { results, total, search } = useMemo(
    () => searchFinder(entries, deferredQuery, SHOWN),
    [entries, deferredQuery],
  )
  const activeEntry = results[Math.min(active, results.length - 1)]
  const optionId = (index: number) => `${listId}-${index}`
  // A figure, list or statement is copied with its source; a note or a speaker has no sentence of its own.
  const copyTarget = activeEntry?.source && activeEntry.type !== 'note' ? selectSource(data, activeEntry.source) : null

  const open = (entry: FinderEntry) => {
    onClose()
    setView((view) => entryView(view, entry))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // Closes at once, whatever the field holds (a search field's Esc would only clear it).
      event.preventDefault()
      onClose()
      return
    }
    if (results.length === 0) return
    const move = (to: number) => {
      event.preventDefault()
      setActive((to + results.length) % results.length)
      document.getElementById(optionId((to + results.length) % results.length))?.scrollIntoView?.({ block: 'nearest' })
    }
    if (event.key === 'ArrowDown') move(active + 1)
    else if (event.key === 'ArrowUp') move(active - 1)
    else if (event.key === 'PageDown') move(Math.min(active + 5, results.length - 1))
    else if (event.key === 'PageUp') move(Math.max(active - 5, 0))
    else if (event.key === 'Enter' && activeEntry) {
      event.preventDefault()
      open(activeEntry)
    }
  }

  const hasQuery = deferredQuery.trim() !== ''
  return (
    <Dialog
      title={i18n.t('finder.title')}
      closeLabel={i18n.t('dialog.close')}
      onClose={onClose}
      initialFocus={inputRef}
      className="mt-[8dvh]"
    >
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={i18n.t('finder.label')}
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeEntry ? optionId(results.indexOf(activeEntry)) : undefined}
        aria-describedby={countId}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="go"
        placeholder={i18n.t('finder.placeholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        className="min-h-11 w-full rounded-md border border-line bg-surface px-3 text-base focus-visible:outline-2 focus-visible:outline-accent"
      />
      <p id={countId} className="text-sm text-ink-muted" aria-live="polite">
        {!hasQuery
          ? i18n.t('finder.empty')
          : total === 0
            ? i18n.t('finder.none', { query: deferredQuery.trim() })
            : total > SHOWN
              ? i18n.t('finder.shownOf', { shown: SHOWN, count: total })
              : i18n.plural('finder.count', total)}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={i18n.t('finder.results')}
        className="-mx-2 flex max-h-[55dvh] flex-col gap-1 overflow-y-auto px-2 empty:hidden"
      >
        {results.map((entry, index) => (
          <FinderResult
            key={entry.key}
            id={optionId(index)}
            entry={entry}
            search={search}
            isActive={entry === activeEntry}
            onOpen={() => open(entry)}
          />
        ))}
      </ul>
      {activeEntry && copyTarget && (
        <div className="flex min-w-0 items-center gap-2 border-t border-line-soft pt-3">
          <CopyFigureButton
            size="sm"
            className="shrink-0"
            target={copyTarget}
            to={(view) => entryView(view, activeEntry)}
            label={i18n.t('copyFigure.labelLong')}
          />
          <span className="min-w-0 truncate text-sm text-ink-muted">{i18n.local(copyTarget.row.label)}</span>
        </div>
      )}
      <p className="text-xs text-ink-muted max-sm:hidden" aria-hidden="true">
        {i18n.t('finder.keys')}
      </p>
    </Dialog>
  )
}
