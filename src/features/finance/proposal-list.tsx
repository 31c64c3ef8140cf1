import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { DataNotes } from '@/charts/data-notes'
import { QuoteDisclosure, SourceDetails } from '@/charts/source-details'
import { withFilter, withTab } from '@/view-state/use-view-state'
import { ViewLink } from '@/view-state/view-link'
import type { ProposalRow } from '@/features/finance/select-finance'

/**
 * Each proposal in the speaker's words, then what it would build. A platform that is also an area
 * of the dataset (the Science City) links to that area's figures on the Industrial clusters tab.
 */
export function ProposalList({ proposals, regionIds }: { proposals: ProposalRow[]; regionIds: Set<string> }) {
  const i18n = useI18nOnDemand()
  return (
    <section aria-labelledby="finance-proposals" className="flex flex-col gap-3">
      <h2 id="finance-proposals" className="text-xl font-semibold">
        {i18n.t('finance.proposals')}
      </h2>
      <ol className="grid grid-cols-1 gap-3 lg:grid-cols-3">
        {proposals.map((proposal) => (
          <li
            key={proposal.id}
            className="skip-offscreen [--offscreen-height:34rem] flex min-w-0 flex-col gap-3 rounded-lg border border-line-soft bg-raised p-4"
          >
            <h3 className="text-lg font-semibold">{i18n.local(proposal.label)}</h3>
            <SourceDetails
              source={{ ...proposal.proposals.source, ...(proposal.item.quote ? { quote: proposal.item.quote } : {}) }}
            />
            {proposal.lists.map((row) => (
              <div key={row.id} className="flex flex-col gap-1.5 border-t border-line-soft pt-3">
                <h4 className="font-medium">{i18n.local(row.label)}</h4>
                <p className="text-sm text-ink-muted">
                  {i18n.t(`category.${row.list.category === 'platform' ? 'platform' : 'centre'}`)} ·{' '}
                  {i18n.local(row.region)}
                </p>
                <ul className="flex flex-col gap-1 text-sm">
                  {row.list.items.map((item) => (
                    <li key={item.id}>
                      {i18n.local(item.label)}
                      {regionIds.has(item.id) && (
                        <>
                          {' · '}
                          <ViewLink to={(view) => withFilter(withTab(view, 'clusters'), 'region', item.id)}>
                            {i18n.t('finance.zoneLink')}
                          </ViewLink>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
                <QuoteDisclosure source={row.source} />
                <DataNotes notes={row.notes} />
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  )
}
