import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { topicTabs } from '@/view-state/topic-tabs'
import { withTab } from '@/view-state/use-view-state'
import { ViewLink } from '@/view-state/view-link'
import { tabs, type Filters, type View } from '@/view-state/view'

/** The other tabs with figures or lists that match the filters every tab shares: speaker, area, kind. */
function tabsWithMatches(data: Dataset, filters: Filters, current: View['tab']): View['tab'][] {
  const found = new Set<View['tab']>()
  for (const entry of [...data.facts, ...data.lists]) {
    const speaker = 'speaker' in entry ? entry.speaker : null
    if (filters.speaker !== null && speaker !== filters.speaker) continue
    if (filters.region !== null && entry.region !== filters.region) continue
    if (filters.kind.length > 0 && !filters.kind.includes(entry.kind)) continue
    found.add(topicTabs[entry.topic])
  }
  return tabs.filter((tab) => tab !== current && found.has(tab))
}

/**
 * When filters leave a tab with nothing: where the figures chosen are instead ("Zhang Yan's figures
 * are on Industrial clusters →"), with a link to each such tab, or how to see figures again.
 */
export function WhereFiguresAre({ data, view }: { data: Dataset; view: View }) {
  const i18n = useI18n()
  const elsewhere = tabsWithMatches(data, view.filters, view.tab)
  if (elsewhere.length === 0) return <p>{i18n.t('chart.emptyHint')}</p>
  const speaker = data.speakers.find((s) => s.id === view.filters.speaker)
  return (
    <p>
      {speaker ? i18n.t('filter.speakerElsewhere', { speaker: i18n.name(speaker.name) }) : i18n.t('filter.elsewhere')}{' '}
      {elsewhere.map((tab, index) => (
        <span key={tab}>
          {index > 0 && ' · '}
          <ViewLink to={(v) => withTab(v, tab)}>
            {i18n.t(`tab.${tab}`)} <span aria-hidden="true">→</span>
          </ViewLink>
        </span>
      ))}
    </p>
  )
}
