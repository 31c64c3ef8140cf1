import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { chartTitleKey } from '@/i18n/chart-titles'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { useDocumentTitle } from '@/ui/use-document-title'
import { deckOf, slideView } from '@/view-state/deck'
import { parseView } from '@/view-state/parse-view'
import { TITLE_SLIDE } from '@/view-state/default-deck'
import { expandDeck, type DeckSlide } from '@/view-state/slide-parts'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { slideMove } from '@/present/slide-keys'
import { isTyping } from '@/present/use-present-key'
import { PresenterClock } from '@/present/presenter-view/presenter-clock'
import { slideChannelName, useSlideChannel } from '@/present/presenter-view/slide-channel'
import { SlidePreview } from '@/present/presenter-view/slide-preview'
import { TalkingPointsList, type TalkingPoints } from '@/present/presenter-view/talking-points'

type PresenterViewProps = {
  view: View
  setView: SetView
  notice: ReactNode
  renderView: (view: View) => ReactNode
  /** The deck's title slide: the event and its speakers, from the data. */
  renderTitle: () => ReactNode
  partsOf: (view: View) => number
  /** What the data gives to say on a slide; null until the data is in. */
  talkingPointsOf: (slideView: View) => TalkingPoints | null
}

/**
 * The presenter's own window: the slide on screen, the next one, the time, and what to say, from
 * the data. It moves with the audience's window both ways, and goes on alone if that one closes.
 */
export function PresenterView({
  view,
  setView,
  notice,
  renderView,
  renderTitle,
  partsOf,
  talkingPointsOf,
}: PresenterViewProps) {
  const i18n = useI18n()
  const slides = useMemo(() => expandDeck(deckOf(view), (link) => partsOf(parseView(link).view)), [view, partsOf])
  const count = slides.length
  const slide = Math.min(Math.max(view.slide, 1), count)
  const current = slides[slide - 1]
  const next = slides[slide]
  const titleOf = (deckSlide: DeckSlide) => {
    if (deckSlide.link === TITLE_SLIDE) return i18n.t('deck.titleSlide')
    const { tab, chart } = parseView(deckSlide.link).view
    const title = i18n.t(chartTitleKey(tab, chart ?? ''))
    const { part, parts } = deckSlide
    return parts > 1 ? i18n.t('present.part', { title, part, parts }) : title
  }
  const renderSlide = (deckSlide: DeckSlide) =>
    deckSlide.link === TITLE_SLIDE ? renderTitle() : renderView(slideView(deckSlide.link, view))
  const counter = i18n.t('present.counter', { slide, count })
  useDocumentTitle(`${i18n.t('presenterView.title')}: ${counter}`)

  const moveTo = useCallback((to: number) => setView((v) => ({ ...v, slide: to })), [setView])
  const follow = useCallback((to: number) => setView((v) => ({ ...v, slide: to }), { mode: 'replace' }), [setView])
  useSlideChannel(slideChannelName(view), slide, count, follow)
  const pointsRef = useRef<HTMLElement>(null)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return
      // Space on a button presses it.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return
      // Up and down scroll the talking points while they have the focus.
      const isScrolling = event.target instanceof Node && pointsRef.current?.contains(event.target)
      if (isScrolling && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return
      const to = slideMove(event.key, event.shiftKey, slide, count)
      if (to === null) return
      event.preventDefault()
      if (to !== slide) moveTo(to)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [slide, count, moveTo])

  const points = current && current.link !== TITLE_SLIDE ? talkingPointsOf(slideView(current.link, view)) : null

  return (
    <div className="flex min-h-dvh flex-col gap-3 bg-sunken p-3 text-ink lg:h-dvh">
      <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 rounded-md bg-surface px-4 py-2">
        <div>
          <h1 className="text-xs text-ink-muted">{i18n.t('presenterView.title')}</h1>
          <p aria-live="polite" className="text-2xl font-semibold tabular-nums">
            {counter}
          </p>
        </div>
        <PresenterClock />
      </header>
      {notice}
      <main className="grid min-h-0 flex-1 grid-cols-1 gap-3 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="presenter-view-current" className="flex min-h-0 flex-col gap-2">
          <h2 id="presenter-view-current" className="font-semibold">
            {i18n.t('presenterView.current')}
            {current && <span className="font-normal text-ink-muted"> · {titleOf(current)}</span>}
          </h2>
          {current && <SlidePreview slide={current}>{renderSlide(current)}</SlidePreview>}
          <div className="flex flex-wrap items-center gap-2">
            <Button onClick={() => moveTo(slide - 1)} disabled={slide <= 1} aria-keyshortcuts="ArrowLeft PageUp">
              ← {i18n.t('presenterView.back')}
            </Button>
            <Button
              variant="primary"
              onClick={() => moveTo(slide + 1)}
              disabled={slide >= count}
              aria-keyshortcuts="ArrowRight PageDown"
            >
              {i18n.t('presenterView.forward')} →
            </Button>
            <p className="text-sm text-ink-muted">{i18n.t('presenterView.keys')}</p>
          </div>
        </section>
        <div className="flex min-h-0 flex-col gap-3">
          <section aria-labelledby="presenter-view-next" className="flex flex-col gap-2">
            <h2 id="presenter-view-next" className="font-semibold">
              {i18n.t('presenterView.next')}
              <span className="font-normal text-ink-muted">
                {' '}
                · {next ? titleOf(next) : i18n.t('presenterView.end')}
              </span>
            </h2>
            {next && (
              <div className="w-3/4">
                <SlidePreview slide={next}>{renderSlide(next)}</SlidePreview>
              </div>
            )}
          </section>
          <section
            ref={pointsRef}
            aria-labelledby="presenter-view-points"
            tabIndex={0}
            className="flex min-h-0 flex-1 flex-col gap-2 overflow-y-auto rounded-md bg-surface p-4"
          >
            <h2 id="presenter-view-points" className="font-semibold">
              {i18n.t('presenterView.points')}
            </h2>
            {points && <TalkingPointsList points={points} />}
          </section>
        </div>
      </main>
    </div>
  )
}
