import { createContext } from 'react'

/** The fact whose bar is in the spotlight in the view shown: a page's, an embed's or a slide's. */
export const SpotlightContext = createContext<string | null>(null)

/**
 * How a bar in the spotlight stands out: the others at this opacity (their value labels stay in
 * readable ink), its value label this much larger. Both charts draw it, so an export carries it.
 */
export const DIMMED_OPACITY = 0.4
export const SPOTLIT_LABEL_SCALE = 1.2
