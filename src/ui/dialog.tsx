import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react'
import { Button } from '@/ui/button'
import { cx } from '@/ui/class-names'

type DialogProps = {
  title: ReactNode
  closeLabel: string
  onClose: () => void
  children: ReactNode
  className?: string
  /** Where focus goes on opening (a search field); else the browser's choice, the first control. */
  initialFocus?: RefObject<HTMLElement | null>
}

/**
 * A modal on the native <dialog>: the browser traps focus, Esc closes it, and focus returns to
 * where it was. Mounted means open.
 */
export function Dialog({ title, closeLabel, onClose, children, className, initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal?.()
    initialFocus?.current?.focus()
    return () => {
      if (dialog.open) dialog.close()
      opener?.focus()
    }
  }, [initialFocus])

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself.
        if (event.target === ref.current) onClose()
      }}
      className={cx(
        'm-auto max-h-[90dvh] w-[min(42rem,calc(100vw-1.5rem))] overflow-y-auto rounded-xl border border-line bg-raised p-0 text-ink shadow-2xl backdrop:bg-black/50',
        className,
      )}
    >
      <div className="flex items-start justify-between gap-3 border-b border-line-soft px-5 py-4">
        <h2 id={titleId} className="text-lg font-semibold leading-snug">
          {title}
        </h2>
        <Button size="sm" onClick={onClose}>
          {closeLabel}
        </Button>
      </div>
      <div className="flex flex-col gap-4 px-5 py-4">{children}</div>
    </dialog>
  )
}
