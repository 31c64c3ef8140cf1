import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'

/** Says that a chart draws only its largest bars, and where the rest are. */
export function CappedNote({ shown, total }: { shown: number; total: number }) {
  const i18n = useI18n()
  if (shown >= total) return null
  return (
    <p className="mt-1 text-sm text-ink-muted">
      {i18n.t('chart.capped', { shown: formatCount(shown, i18n.locale), total: formatCount(total, i18n.locale) })}
    </p>
  )
}
