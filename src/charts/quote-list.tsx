import { useLayoutEffect, useRef, useState } from 'react'
import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import type { Citation } from '@/charts/citation'
import { SourceDetails } from '@/charts/source-details'

/** Up to this many quotes are written into the page with the chart, opened or not. */
const WRITTEN_CLOSED = 25
/** A longer list is written once opened, this many quotes at a time. */
const PAGE_SIZE = 50

/**
 * The quotes behind a chart, one click away. A short list (the conference's charts cite a handful)
 * is in the page from the start, so the browser's find-in-page reaches it. A long one (a dataset
 * can put thousands of figures behind one chart) is written only when the reader opens it, and a
 * page at a time: closed, it costs nothing when a filter redraws the chart.
 */
export function QuoteList({ citations }: { citations: Citation[] }) {
  const i18n = useI18n()
  const detailsRef = useRef<HTMLDetailsElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const [isOpen, setOpen] = useState(false)
  // Pages shown, for these citations: other citations (a filter changed) start again at one page.
  const citationsKey = `${citations.length}:${citations[0]?.id ?? ''}:${citations.at(-1)?.id ?? ''}`
  const [paging, setPaging] = useState({ key: citationsKey, pages: 1, focusFrom: -1 })
  const current = paging.key === citationsKey ? paging : { key: citationsKey, pages: 1, focusFrom: -1 }
  const isLong = citations.length > WRITTEN_CLOSED
  const shown = isLong ? citations.slice(0, current.pages * PAGE_SIZE) : citations
  const left = citations.length - shown.length

  // Opened before the page was taken over (the toggle event was not seen): write it now.
  useLayoutEffect(() => {
    if (detailsRef.current?.open) setOpen(true)
  }, [])
  // The next page's first quote takes the focus from the button, which may be gone with the last page.
  useLayoutEffect(() => {
    if (current.focusFrom < 0) return
    const first = listRef.current?.children[current.focusFrom]
    if (first instanceof HTMLElement) first.focus()
  }, [current.focusFrom])

  return (
    <details ref={detailsRef} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-medium text-accent">
        {i18n.plural('chart.quotes', citations.length)}
      </summary>
      {(isOpen || !isLong) && (
        <>
          <ol ref={listRef} className="mt-2 flex flex-col gap-3">
            {shown.map((citation) => (
              <li key={citation.id} tabIndex={-1} className="focus-visible:outline-2 focus-visible:outline-accent">
                <p className="font-medium">{i18n.local(citation.label)}</p>
                <SourceDetails source={citation.source} />
              </li>
            ))}
          </ol>
          {left > 0 && (
            <Button
              size="sm"
              variant="ghost"
              className="mt-2"
              onClick={() => setPaging({ key: citationsKey, pages: current.pages + 1, focusFrom: shown.length })}
            >
              {i18n.t('chart.moreQuotes', {
                count: formatCount(Math.min(PAGE_SIZE, left), i18n.locale),
                total: formatCount(citations.length, i18n.locale),
              })}
            </Button>
          )}
        </>
      )}
    </details>
  )
}
