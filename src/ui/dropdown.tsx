import { useId, type ReactNode } from 'react'
import { cx } from '@/ui/class-names'

type DropdownProps = {
  /** What the button says; the panel's own label comes from its content (a fieldset's legend). */
  label: ReactNode
  children: ReactNode
  className?: string
  /** From a tablet's width up, the panel's content is laid out in the page and the button hidden. */
  isInlineOnWide?: boolean
}

/**
 * A button that opens a panel under it: the platform's popover, so the browser gives it the top
 * layer, Esc and a click outside to close, and a place in the focus order after its button; the
 * panel sits under the button where CSS anchor positioning is supported (styles/app.css).
 */
export function Dropdown({ label, children, className, isInlineOnWide = false }: DropdownProps) {
  const id = useId()
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        className={cx(
          'inline-flex min-h-9 cursor-pointer items-center gap-1.5 rounded-md border border-line bg-raised px-3 text-sm hover:bg-sunken',
          isInlineOnWide && 'sm:hidden',
          className,
        )}
      >
        {label}
        <span aria-hidden="true" className="text-ink-muted">
          ▾
        </span>
      </button>
      <div
        id={id}
        popover="auto"
        className={cx(
          'dropdown-panel max-w-[min(36rem,calc(100vw-1rem))] rounded-lg border border-line bg-raised p-3 text-ink shadow-lg',
          isInlineOnWide && 'dropdown-inline-on-wide',
        )}
      >
        {children}
      </div>
    </>
  )
}
