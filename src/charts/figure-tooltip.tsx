import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'

/** The hovered or keyboard-chosen bar, in words: value with its qualifier, kind and period. */
export function FigureTooltip({ row }: { row: FigureRow }) {
  const i18n = useI18n()
  return (
    <div className="max-w-72 rounded-md border border-line bg-raised p-2.5 text-sm text-ink shadow-lg">
      <p className="font-semibold">{i18n.local(row.label)}</p>
      <p>{formatFigure(row, i18n.locale)}</p>
      <p className="text-ink-muted">
        {i18n.t(`kind.${row.kind}`)} · {i18n.local(row.period)} · {i18n.local(row.region)}
      </p>
    </div>
  )
}
