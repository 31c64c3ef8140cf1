import { lazy, Suspense, useEffect, useState } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { isTyping } from '@/present/use-present-key'

const loadFinder = () => import('@/features/finder/finder-dialog')
const Finder = lazy(() => loadFinder().then((m) => ({ default: m.Finder })))

/**
 * The finder's button, and its keys: "/" from anywhere but a text field or an open dialog, Ctrl+K
 * or ⌘K from anywhere. Only these ship with the first view; the finder loads when first opened
 * (or as the pointer comes onto the button), then stays, so its index is built once.
 */
export function FinderButton({ data }: { data: Dataset | undefined }) {
  const i18n = useI18n()
  const [state, setState] = useState<'unopened' | 'open' | 'closed'>('unopened')

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isCommandK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
      const isSlash =
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTyping(event.target) &&
        !document.querySelector('dialog[open]')
      if (!isCommandK && !isSlash) return
      event.preventDefault()
      setState('open')
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <>
      <Button
        size="sm"
        className="min-h-9 max-sm:px-2"
        onClick={() => setState('open')}
        onPointerEnter={() => void loadFinder().catch(() => {})}
        disabled={!data}
        aria-label={i18n.t('finder.open')}
        aria-keyshortcuts="/ Control+K Meta+K"
      >
        <SearchIcon />
        <span className="max-sm:sr-only">{i18n.t('finder.button')}</span>
      </Button>
      {data && state !== 'unopened' && (
        <Suspense fallback={null}>
          <Finder data={data} isOpen={state === 'open'} onClose={() => setState('closed')} />
        </Suspense>
      )}
    </>
  )
}

/** A magnifying glass. */
function SearchIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
      <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  )
}
