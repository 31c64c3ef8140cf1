import { createContext, use } from 'react'

/**
 * Whether the tab around a chart is the one shown. A tab the reader has left stays drawn in the
 * background, so work that depends on the screen (fitting a slide) waits until it is in front.
 */
export const FrontTabContext = createContext(true)

export const useIsFrontTab = () => use(FrontTabContext)

/**
 * The class of a tab drawn ahead of its first visit, as the reader reaches for it (TabContent):
 * its charts take their turns after those of the tab shown (draw-turns.ts).
 */
export const DRAWN_AHEAD_CLASS = 'drawn-ahead-tab'

/**
 * The class of a tab mounted ahead of its first visit, once the browser is idle after the first
 * view (TabContent): built, laid out out of sight and measured, its charts waiting to draw until
 * it is shown or reached for (draw-turns.ts).
 */
export const MOUNTED_AHEAD_CLASS = 'mounted-ahead-tab'

/** The class of a tab the reader has opened and left (TabContent): its waiting charts wait on. */
export const BACKGROUND_TAB_CLASS = 'background-tab'

/** The attribute of each tab's box (TabContent), whose class says how the tab is kept. */
export const TAB_BOX_ATTRIBUTE = 'data-tab'
