import type { ReactNode } from 'react'

/** Keeps a chart's frame when nothing matches, and says why. */
export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="flex min-h-40 flex-col items-center justify-center gap-2 rounded-md border border-dashed border-line p-6 text-center">
      <p className="font-semibold">{title}</p>
      {children && <div className="text-sm text-ink-muted">{children}</div>}
    </div>
  )
}
