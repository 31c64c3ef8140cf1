import type { Dataset } from '@/data/schema'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { topicTabs } from '@/view-state/topic-tabs'
import { withTab } from '@/view-state/use-view-state'
import { ViewLink } from '@/view-state/view-link'
import { selectSpeakers } from '@/features/overview/select-overview'

/** Who spoke, in what role, and where their figures are. */
export function SpeakerList({ data }: { data: Dataset }) {
  const i18n = useI18nOnDemand()
  const speakers = selectSpeakers(data)
  return (
    <section aria-labelledby="overview-speakers" className="flex flex-col gap-3">
      <h2 id="overview-speakers" className="text-xl font-semibold">
        {i18n.t('overview.speakers')}
      </h2>
      <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {speakers.map(({ speaker, count, mainTopic }) => {
          const tab = mainTopic ? topicTabs[mainTopic] : undefined
          return (
            <li
              key={speaker.id}
              className="skip-offscreen [--offscreen-height:11rem] flex flex-col gap-1 rounded-lg border border-line-soft bg-raised p-4"
            >
              <p className="font-semibold">{i18n.name(speaker.name)}</p>
              <p className="text-sm text-ink-muted">{i18n.local(speaker.role)}</p>
              <p className="mt-auto pt-1 text-sm">
                {i18n.plural('overview.speakerFigures', count)}
                {tab && tab !== 'overview' && (
                  <>
                    {' · '}
                    <ViewLink to={(view) => withTab(view, tab)}>
                      {i18n.t('overview.openTab', { tab: i18n.t(`tab.${tab}`) })}
                    </ViewLink>
                  </>
                )}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
