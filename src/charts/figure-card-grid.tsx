import { useState } from 'react'
import type { FigureRow } from '@/data/select-figures'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { cx } from '@/ui/class-names'
import { FigureCard } from '@/charts/figure-card'
import { useChartScale } from '@/charts/chart-scale'

const PAGE = 12

/**
 * Figure cards in a grid, a dozen at a time: a dataset with thousands of figures still opens
 * quickly, and "Show more" brings the next ones. A slide shows the first page only.
 */
export function FigureCardGrid({ rows, columns = 4 }: { rows: FigureRow[]; columns?: 3 | 4 }) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  const [count, setCount] = useState(PAGE)
  const shown = rows.slice(0, count)
  const rest = rows.length - shown.length
  return (
    <>
      <div className={cx('grid grid-cols-1 gap-3 sm:grid-cols-2', columns === 4 ? 'xl:grid-cols-4' : 'xl:grid-cols-3')}>
        {shown.map((row) => (
          <FigureCard key={row.id} row={row} />
        ))}
      </div>
      {rest > 0 && !isProjected && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-ink-muted">
            {i18n.t('list.shownOf', { shown: shown.length, total: rows.length })}
          </p>
          <Button size="sm" onClick={() => setCount((n) => n + PAGE)}>
            {i18n.t('list.showMore', { count: Math.min(PAGE, rest) })}
          </Button>
        </div>
      )}
    </>
  )
}
