import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useI18n } from '@/i18n/i18n'
import { ChartScaleContext, type ChartScale } from '@/charts/chart-scale'
import { SlidePartContext } from '@/charts/slide-part'
import { FIT_SLIDE_ATTRIBUTE } from '@/charts/use-fitted-row-height'
import { parseView } from '@/view-state/parse-view'
import { viewUrl, type SetView } from '@/view-state/use-view-state'
import { defaultView, type View } from '@/view-state/view'
import { Button } from '@/ui/button'
import { deckOf, slideView } from '@/view-state/deck'
import { TITLE_SLIDE } from '@/view-state/default-deck'
import { expandDeck, type DeckSlide } from '@/view-state/slide-parts'
import { slideMove } from '@/present/slide-keys'
import { useFullscreen } from '@/present/use-fullscreen'
import { slideChannelName, useSlideChannel } from '@/present/presenter-view/slide-channel'
import { usePresenterViewOpener } from '@/present/presenter-view/use-presenter-view-opener'
import { Handout } from '@/present/handout'

type PresenterLayoutProps = {
  view: View
  setView: SetView
  /** What was ignored in the link: a deck's bad slides, a slide past the end. */
  notice: ReactNode
  renderView: (view: View) => ReactNode
  /** The deck's title slide: the event and its speakers, from the data. */
  renderTitle: () => ReactNode
  /** On how many slides a link's view continues (a long list): known once the data is in. */
  partsOf: (view: View) => number
}

/**
 * The slide's type, from the root font size CSS scales with the screen (app.css, html.present):
 * chart text at .text-sm (0.875 rem), as the smallest HTML text on a slide, in place of a desk's
 * 13 px. Read again when the window changes size.
 */
function useProjectorScale(): ChartScale {
  const [rootPx, setRootPx] = useState(28)
  useLayoutEffect(() => {
    const root = document.documentElement
    root.classList.add('present')
    const read = () => setRootPx(parseFloat(getComputedStyle(root).fontSize) || 16)
    read()
    window.addEventListener('resize', read)
    return () => {
      window.removeEventListener('resize', read)
      root.classList.remove('present')
    }
  }, [])
  return useMemo(() => {
    const font = (rootPx * 0.875) / 13
    return { font, row: font * 0.68, isProjected: true }
  }, [rootPx])
}

/**
 * One slide of a deck at a time, full screen, in large high-contrast type. Arrow keys, Page Up and
 * Down, Space (what clickers send), Home and End move; Esc clears a spotlight, then leaves. Each
 * slide is a URL of its own.
 */
export function PresenterLayout({ view, setView, notice, renderView, renderTitle, partsOf }: PresenterLayoutProps) {
  const i18n = useI18n()
  const slides = useMemo(() => expandDeck(deckOf(view), (link) => partsOf(parseView(link).view)), [view, partsOf])
  const count = slides.length
  const slide = Math.min(Math.max(view.slide, 1), count)
  const current = slides[slide - 1] ?? { link: '', part: 1, parts: 1 }
  const renderSlide = ({ link }: DeckSlide, spotlight: string | null = null) =>
    link === TITLE_SLIDE ? renderTitle() : renderView(slideView(link, view, spotlight))
  const linkOf = ({ link }: DeckSlide) =>
    viewUrl({ ...(link === TITLE_SLIDE ? defaultView : parseView(link).view), lang: view.lang })
  // The handout is drawn once the slide is up, in the background: it is for printing, not for now.
  const [isHandoutDrawn, setHandoutDrawn] = useState(false)
  useEffect(() => startTransition(() => setHandoutDrawn(true)), [])
  const { part, parts } = current
  const slidePart = useMemo(() => ({ part, parts }), [part, parts])
  const projectorScale = useProjectorScale()
  const fullscreen = useFullscreen()
  const slideRef = useRef<HTMLDivElement>(null)
  const [isHelpShown, setHelpShown] = useState(true)
  const currentLink = current.link
  const follow = useCallback(
    (to: number) => setView((v) => ({ ...v, slide: to, spotlight: null }), { mode: 'replace' }),
    [setView],
  )
  useSlideChannel(slideChannelName(view), slide, count, follow)
  // A window opened from a fullscreen page takes fullscreen away: that is not the presenter leaving.
  const presenterView = usePresenterViewOpener(useCallback(() => fullscreen.onExit(null), [fullscreen]))
  const hasSpotlight = view.spotlight !== null

  useEffect(() => {
    const leave = () => {
      // Leaving fullscreen below fires fullscreenchange; this leave is already under way.
      fullscreen.onExit(null)
      fullscreen.exit()
      const { view: left } = parseView(currentLink)
      setView((v) => ({ ...left, lang: v.lang, theme: v.theme }))
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return
      if (event.key === 'Escape') {
        event.preventDefault()
        // The first Esc clears a spotlight, the next leaves.
        if (hasSpotlight) setView((v) => ({ ...v, spotlight: null }))
        else leave()
        return
      }
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault()
        fullscreen.toggle()
        return
      }
      const next = slideMove(event.key, event.shiftKey, slide, count)
      if (next === null) return
      event.preventDefault()
      setHelpShown(false)
      if (next !== slide) setView((v) => ({ ...v, slide: next, spotlight: null }))
    }
    window.addEventListener('keydown', onKeyDown)
    fullscreen.onExit(leave)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      fullscreen.onExit(null)
    }
  }, [slide, count, currentLink, setView, fullscreen, hasSpotlight])

  useEffect(() => {
    slideRef.current?.focus({ preventScroll: true })
  }, [slide])

  return (
    <>
      <div className="flex h-dvh flex-col bg-surface text-ink print:hidden">
        <div
          ref={slideRef}
          tabIndex={-1}
          role="region"
          aria-roledescription={i18n.t('present.slide')}
          aria-label={i18n.t('present.counter', { slide, count })}
          {...{ [FIT_SLIDE_ATTRIBUTE]: '' }}
          className="relative mx-auto flex min-h-0 w-full max-w-[120rem] flex-1 flex-col gap-3 overflow-y-auto px-[3vw] py-[1.5vh] outline-none"
        >
          {notice}
          <ChartScaleContext value={projectorScale}>
            <SlidePartContext value={slidePart}>
              {/* One box, so the tabs kept out of sight (no height) take no gap of the slide's. */}
              <div className="flex min-h-0 flex-1 flex-col">{renderSlide(current, view.spotlight)}</div>
            </SlidePartContext>
          </ChartScaleContext>
        </div>
        <footer className="flex shrink-0 items-center gap-4 border-t border-line-soft px-[3vw] py-2 text-xs text-ink-muted">
          <span aria-live="polite" className="tabular-nums">
            {i18n.t('present.counter', { slide, count })}
          </span>
          <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-sunken" aria-hidden="true">
            {/* React sets style through the CSSOM, which a strict style-src allows. */}
            <div className="h-full bg-accent" style={{ width: `${(slide / count) * 100}%` }} />
          </div>
          {isHelpShown && (
            <span>
              {fullscreen.state === 'refused' && `${i18n.t('present.fullscreenRefused')} `}
              {i18n.t('present.keys')}
            </span>
          )}
          {presenterView.isBlocked && <span role="alert">{i18n.t('presenterView.blocked')}</span>}
          <Button size="inline" variant="ghost" onClick={() => window.print()}>
            {i18n.t('present.print')}
          </Button>
          {/* A link-like button: no taller than the footer's line, so the slide keeps its height. */}
          <button
            type="button"
            onClick={presenterView.open}
            aria-keyshortcuts="S"
            className="cursor-pointer text-accent underline-offset-2 hover:underline"
          >
            {i18n.t('presenterView.title')}{' '}
            <kbd aria-hidden="true" className="rounded border border-line px-1 font-sans">
              S
            </kbd>
          </button>
        </footer>
      </div>
      {isHandoutDrawn && (
        <Handout
          slides={slides}
          renderSlide={renderSlide}
          linkOf={linkOf}
          deps={[view.lang, view.theme, renderTitle]}
        />
      )}
    </>
  )
}
