import { useMemo, type ReactNode } from 'react'
import { ChartScaleContext, type ChartScale } from '@/charts/chart-scale'
import { SlidePartContext } from '@/charts/slide-part'
import { FIT_SLIDE_ATTRIBUTE } from '@/charts/use-fitted-row-height'
import { useElementWidth } from '@/charts/use-element-width'
import type { DeckSlide } from '@/view-state/slide-parts'

/**
 * A 1920×1080 projector at this window's type size: the presenter layout sets its root font to
 * 1.5vw (28 px there), so 1920 px are 68.5 rem; at 16 px, 1096 × 616.
 */
const SLIDE_WIDTH = 1096
const SLIDE_HEIGHT = 616
const FONT = (16 * 0.875) / 13
const previewScale: ChartScale = { font: FONT, row: FONT * 0.68, isProjected: true }

/**
 * A slide as the audience sees it, drawn live at projector proportions and scaled down to the box.
 * A picture for the presenter's eyes: out of the tab order and hidden from assistive technology,
 * whose users get the same content as the talking points.
 */
export function SlidePreview({ slide, children }: { slide: DeckSlide; children: ReactNode }) {
  const { ref, width } = useElementWidth<HTMLDivElement>()
  const { part, parts } = slide
  const slidePart = useMemo(() => ({ part, parts }), [part, parts])
  return (
    <div ref={ref} className="relative aspect-video w-full overflow-hidden rounded-md border border-line bg-surface">
      <div
        inert
        aria-hidden="true"
        {...{ [FIT_SLIDE_ATTRIBUTE]: '' }}
        className="slide-preview absolute top-0 left-0 flex origin-top-left flex-col gap-3 overflow-hidden px-8 py-2"
        // React sets style through the CSSOM, which a strict style-src allows.
        style={{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, transform: `scale(${width / SLIDE_WIDTH})` }}
      >
        <ChartScaleContext value={previewScale}>
          <SlidePartContext value={slidePart}>{children}</SlidePartContext>
        </ChartScaleContext>
      </div>
    </div>
  )
}
