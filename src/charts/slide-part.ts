import { createContext, use } from 'react'

/** Which part of its rows a slide shows, when a long list continues on the next slides. */
export type SlidePart = { part: number; parts: number }

export const SlidePartContext = createContext<SlidePart>({ part: 1, parts: 1 })

export function useSlidePart(): SlidePart {
  return use(SlidePartContext)
}
