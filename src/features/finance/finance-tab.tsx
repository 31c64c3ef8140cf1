import { useMemo } from 'react'
import { punctuation, useI18n } from '@/i18n/i18n'
import { ChartFrame } from '@/charts/chart-frame'
import { TabPage } from '@/charts/tab-page'
import type { TabProps } from '@/view-state/tab-props'
import { isChartShown } from '@/view-state/view-shape'
import { financeCategories } from '@/view-state/view'
import { selectFinance } from '@/features/finance/select-finance'
import { ProposalColumns, ProposalTable, summarizeProposals } from '@/features/finance/proposal-columns'

export function FinanceTab({ data, view, setView }: TabProps) {
  const i18n = useI18n()
  const finance = useMemo(() => selectFinance(data, view.filters), [data, view.filters])
  const regionIds = useMemo(() => new Set(data.regions.map((region) => region.id)), [data])
  const title = i18n.t('finance.proposals')
  const speakers = [...new Set(finance.proposals.map((proposal) => i18n.name(proposal.proposals.speaker.name)))]
  const speaker = speakers.join(punctuation[i18n.locale].list)

  return (
    <TabPage
      data={data}
      view={view}
      setView={setView}
      id="finance-title"
      title={i18n.t('finance.title')}
      lead={i18n.t('finance.intro', { speaker })}
      headlines={finance.figures}
      headlinesTitle={i18n.t('finance.headlines')}
      shown={finance.shown}
      total={finance.total}
      filters={[
        {
          key: 'proposal',
          legend: i18n.t('filter.proposal'),
          options: finance.proposalChoices.map((item) => ({
            id: item.id,
            label: i18n.local(item.label),
            count: finance.proposalCounts.get(item.id) ?? 0,
          })),
        },
        {
          key: 'category',
          legend: i18n.t('filter.category'),
          options: financeCategories.map((category) => ({
            id: category,
            label: i18n.t(`category.${category}`),
            count: finance.categoryCounts.get(category) ?? 0,
          })),
        },
      ]}
    >
      {isChartShown(view, 'proposals') && (
        <ChartFrame
          title={title}
          question={i18n.t('finance.proposals.question', { speaker })}
          display={view.display}
          isEmpty={finance.proposals.length === 0}
          chart={<ProposalColumns proposals={finance.proposals} regionIds={regionIds} />}
          table={<ProposalTable proposals={finance.proposals} caption={title} />}
          summary={summarizeProposals(title, finance.proposals, i18n)}
          citations={finance.citations}
          sourceDate={data.meta.event.date}
          download={{ tab: 'finance', chart: 'proposals', data: { kind: 'lists', rows: finance.citations } }}
        />
      )}
    </TabPage>
  )
}
