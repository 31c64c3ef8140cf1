import type { ReactNode } from 'react'

/**
 * A wide table scrolls sideways on a phone. Focusable and labelled, so a keyboard user can reach it
 * and scroll it with the arrow keys. Positioned, so text for screen readers only (absolutely placed)
 * at a wide table's far end stays inside it rather than widening the page.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative overflow-x-auto">
      {children}
    </div>
  )
}
