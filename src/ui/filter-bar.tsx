import type { ReactNode } from 'react'
import { Button } from '@/ui/button'

type FilterBarProps = {
  label: string
  /** "5 of 12 shown": how much the filters leave. */
  status: string
  resetLabel: string
  canReset: boolean
  onReset: () => void
  children: ReactNode
}

/** A tab's filters, what they leave, and one way back to everything. */
export function FilterBar({ label, status, resetLabel, canReset, onReset, children }: FilterBarProps) {
  return (
    <section aria-label={label} className="flex flex-col gap-3 rounded-lg border border-line-soft bg-raised p-4">
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">{children}</div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-t border-line-soft pt-3">
        <p className="text-sm text-ink-muted" role="status">
          {status}
        </p>
        <Button size="sm" onClick={onReset} disabled={!canReset}>
          {resetLabel}
        </Button>
      </div>
    </section>
  )
}
