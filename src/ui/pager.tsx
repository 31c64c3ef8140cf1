import { Button } from '@/ui/button'

type PagerProps = {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
  /** "Rows 51–100 of 4,213", already in the reader's language. */
  status: string
  previousLabel: string
  nextLabel: string
}

/** Previous and next for a long table; hidden when everything fits on one page. */
export function Pager({ page, pageSize, total, onPage, status, previousLabel, nextLabel }: PagerProps) {
  if (total <= pageSize) return null
  const last = Math.ceil(total / pageSize) - 1
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <Button size="sm" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {previousLabel}
      </Button>
      <Button size="sm" onClick={() => onPage(page + 1)} disabled={page >= last}>
        {nextLabel}
      </Button>
      <p aria-live="polite" className="text-ink-muted">
        {status}
      </p>
    </div>
  )
}
