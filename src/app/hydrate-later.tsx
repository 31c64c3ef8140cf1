import { Suspense, type ReactNode } from 'react'

/**
 * A part of the prerendered page that React takes over after the chart. React hydrates the content
 * of a Suspense boundary found in server HTML in a later pass, one that yields to the browser
 * (selective hydration), so the pass that reaches the Overview's chart skips these parts; the chart
 * measures itself and draws, and they follow. A click on a part not yet taken over hydrates it at
 * once, then is handled. Nothing inside suspends: drawn from scratch, this is only its children.
 */
export function HydrateLater({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>
}
