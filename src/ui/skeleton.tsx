import { cx } from '@/ui/class-names'

/** A grey block where content is coming; hidden from screen readers, which hear the status text instead. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cx('animate-pulse rounded-md bg-sunken', className)} />
}
