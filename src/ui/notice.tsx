import type { ReactNode } from 'react'
import { cx } from '@/ui/class-names'
import { Button } from '@/ui/button'

const tones = {
  info: 'border-accent bg-accent-soft',
  note: 'border-note-line bg-note text-note-ink',
  danger: 'border-danger bg-danger-soft',
} as const

type NoticeProps = {
  tone?: keyof typeof tones
  title: ReactNode
  children?: ReactNode
  /** 'alert' interrupts a screen reader; use it only for errors that stop the page. */
  role?: 'status' | 'alert' | 'note'
  onDismiss?: () => void
  dismissLabel?: string
  className?: string
}

export function Notice({
  tone = 'info',
  title,
  children,
  role = 'status',
  onDismiss,
  dismissLabel,
  className,
}: NoticeProps) {
  return (
    <div role={role} className={cx('rounded-lg border-l-4 p-4', tones[tone], className)}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <p className="font-semibold">{title}</p>
          {children && <div className="mt-1 text-sm">{children}</div>}
        </div>
        {onDismiss && (
          <Button size="sm" variant="secondary" onClick={onDismiss}>
            {dismissLabel}
          </Button>
        )}
      </div>
    </div>
  )
}
