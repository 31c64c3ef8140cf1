import { useMemo } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { topicTabs } from '@/view-state/topic-tabs'
import { withTab } from '@/view-state/use-view-state'
import { ViewLink } from '@/view-state/view-link'
import { selectSpeakers } from '@/features/overview/select-overview'
import { SafeLink } from '@/charts/safe-link'
import { StatementCard } from '@/charts/statement-card'

/** Who spoke, in what role, and where their figures are; what the article says of the others. */
export function SpeakerList({ data }: { data: Dataset }) {
  const i18n = useI18n()
  const { speakers, statements } = useMemo(() => selectSpeakers(data), [data])
  return (
    <section aria-labelledby="overview-speakers" className="flex flex-col gap-3">
      <h2 id="overview-speakers" className="text-xl font-semibold">
        {i18n.t('overview.speakers')}
      </h2>
      {statements.map((row) => (
        <StatementCard key={row.id} row={row} />
      ))}
      <ul className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {speakers.map(({ speaker, count, mainTopic }) => {
          const tab = mainTopic ? topicTabs[mainTopic] : undefined
          return (
            <li
              key={speaker.id}
              className="skip-offscreen [--offscreen-height:11rem] flex flex-col gap-1 rounded-lg border border-line-soft bg-raised p-4"
            >
              <p className="font-semibold">
                {i18n.name(speaker.name)}
                {i18n.locale === 'zh' && speaker.name.zh && speaker.name.zhSource && (
                  <span className="ml-2 text-xs font-normal">
                    <SafeLink href={speaker.name.zhSource.url}>{i18n.t('speaker.nameSource')}</SafeLink>
                  </span>
                )}
              </p>
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
