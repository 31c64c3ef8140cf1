import type { ReactNode } from 'react'

/**
 * A wide table scrolls sideways on a phone. Focusable and labelled, so a keyboard user can reach it
 * and scroll it with the arrow keys.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  )
}
