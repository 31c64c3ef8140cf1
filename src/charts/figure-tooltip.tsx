import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { useChartScale } from '@/charts/chart-scale'
import { CopyFigureButton } from '@/charts/copy-figure-button'

/**
 * The hovered or keyboard-chosen bar, in words: value with its qualifier, kind and period, and a
 * copy of it with its source (live-bar-chart.tsx keeps the tooltip still for the pointer to reach it).
 */
export function FigureTooltip({ row }: { row: FigureRow }) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  return (
    <div className="w-64 rounded-md border border-line bg-raised p-2.5 text-sm text-ink shadow-lg">
      <p className="font-semibold">{i18n.local(row.label)}</p>
      <p>{formatFigure(row, i18n.locale)}</p>
      <p className="text-ink-muted">
        {i18n.t(`kind.${row.kind}`)} · {i18n.local(row.period)} · {i18n.local(row.region)}
      </p>
      {/* A slide is for showing; copying is for the page. */}
      {!isProjected && (
        <CopyFigureButton
          size="inline"
          variant="ghost"
          target={{ kind: 'fact', row, inputs: [] }}
          to={(view) => ({ ...view, source: row.id })}
        />
      )}
    </div>
  )
}
