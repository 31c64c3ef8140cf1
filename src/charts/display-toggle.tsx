import { useI18n } from '@/i18n/i18n'
import { ChoiceGroup } from '@/ui/choice-group'
import type { Display } from '@/view-state/view'

/** Chart or table: the same figures either way. */
export function DisplayToggle({ value, onChange }: { value: Display; onChange: (display: Display) => void }) {
  const i18n = useI18n()
  return (
    <ChoiceGroup
      legend={i18n.t('chart.display')}
      variant="segmented"
      value={value}
      onChange={onChange}
      choices={[
        { value: 'chart', label: i18n.t('chart.showChart') },
        { value: 'table', label: i18n.t('chart.showTable') },
      ]}
    />
  )
}
