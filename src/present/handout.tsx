import { memo, use, type ReactNode } from 'react'
import { DatasetMetaContext } from '@/charts/copy-figure-button'
import { ChartScaleContext, type ChartScale } from '@/charts/chart-scale'
import { SlidePartContext } from '@/charts/slide-part'
import { FIT_SLIDE_ATTRIBUTE } from '@/charts/use-fitted-row-height'
import { formatDate } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import type { DeckSlide } from '@/view-state/slide-parts'

/** Printed type: a desk's chart text, and a slide's compact frame (nothing to click on paper). */
const paperScale: ChartScale = { font: 1, row: 1, isProjected: true }

type HandoutProps = {
  slides: DeckSlide[]
  /** One slide's content, as the presenter shows it. */
  renderSlide: (slide: DeckSlide) => ReactNode
  /** The address of a slide's view, written on its page. */
  linkOf: (slide: DeckSlide) => string
  /** What the pages depend on besides the slides: the language, the theme, the data. */
  deps: readonly unknown[]
}

/**
 * The deck as a printed handout: every slide on a landscape page of its own, with its source
 * lines and data notes as the slide has them, the data's date and the view's link as text. Out of
 * sight on screen, yet laid out at the page's size, so its charts are drawn for paper when the
 * browser prints (Ctrl+P or the Print handout button).
 */
export const Handout = memo(HandoutPages, (before, after) => {
  // renderSlide is a new function on every change of slide; what it draws follows the deps.
  const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i])
  return (
    same(
      before.slides.map((s) => `${s.link}#${s.part}`),
      after.slides.map((s) => `${s.link}#${s.part}`),
    ) && same(before.deps, after.deps)
  )
})

function HandoutPages({ slides, renderSlide, linkOf }: HandoutProps) {
  const i18n = useI18n()
  const meta = use(DatasetMetaContext)
  const asOf = meta ? i18n.t('app.asOfShort', { date: formatDate(meta.asOf, i18n.locale) }) : ''
  return (
    // For paper only: on screen it is out of reach of the keyboard and of assistive technology,
    // so the one slide shown is the only "Slide n of N" a reader meets.
    <div className="handout" inert aria-hidden="true">
      <ChartScaleContext value={paperScale}>
        {slides.map((slide, index) => {
          const counter = i18n.t('present.counter', { slide: index + 1, count: slides.length })
          return (
            <section key={`${index}-${slide.link}-${slide.part}`} aria-label={counter} className="handout-page">
              <div {...{ [FIT_SLIDE_ATTRIBUTE]: '' }} className="flex min-h-0 flex-1 flex-col gap-2 overflow-hidden">
                <SlidePartContext value={{ part: slide.part, parts: slide.parts }}>
                  {renderSlide(slide)}
                </SlidePartContext>
              </div>
              <div className="handout-footer">
                <p>
                  {counter} · {asOf}
                </p>
                <p className="break-all">{i18n.t('present.handoutLink', { url: linkOf(slide) })}</p>
              </div>
            </section>
          )
        })}
      </ChartScaleContext>
    </div>
  )
}
