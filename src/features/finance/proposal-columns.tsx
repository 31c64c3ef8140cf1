import type { ListRow } from '@/data/select-lists'
import { punctuation, useI18n, type I18n } from '@/i18n/i18n'
import { useChartScale } from '@/charts/chart-scale'
import { DataNotes } from '@/charts/data-notes'
import { QuoteDisclosure, SourceDetails } from '@/charts/source-details'
import { ScrollRegion } from '@/ui/scroll-region'
import { withFilter, withTab } from '@/view-state/use-view-state'
import { ViewLink } from '@/view-state/view-link'
import type { ProposalRow } from '@/features/finance/select-finance'

type ColumnsProps = { proposals: ProposalRow[]; regionIds: Set<string> }

/**
 * The proposals side by side: each in the speaker's words, then the centres and platforms it would
 * build. A platform that is also an area of the dataset (the Science City) links to that area's
 * figures on the Industrial clusters tab. On a slide, side by side at any width, each with its
 * quote alone: the speaker is named in the source line, and the notes there, once for all.
 */
export function ProposalColumns({ proposals, regionIds }: ColumnsProps) {
  const i18n = useI18n()
  const { isProjected } = useChartScale()
  return (
    <ol className={`grid gap-3 ${isProjected ? 'grid-cols-3' : 'grid-cols-1 lg:grid-cols-3'}`}>
      {proposals.map((proposal) => (
        <li
          key={proposal.id}
          className={`flex min-w-0 flex-col rounded-lg border border-line-soft p-4 ${isProjected ? 'gap-2' : 'gap-3'}`}
        >
          <h4 className={`${isProjected ? 'text-xl' : 'text-lg'} font-semibold`}>{i18n.local(proposal.label)}</h4>
          {isProjected ? (
            proposal.item.quote && (
              <blockquote className="border-l-3 border-line-soft pl-3 italic" lang="en">
                “{proposal.item.quote}”
              </blockquote>
            )
          ) : (
            <SourceDetails
              source={{ ...proposal.proposals.source, ...(proposal.item.quote ? { quote: proposal.item.quote } : {}) }}
            />
          )}
          {proposal.lists.map((row) => (
            <div
              key={row.id}
              className={`flex flex-col gap-1.5 border-t border-line-soft ${isProjected ? 'pt-2' : 'pt-3'}`}
            >
              {/* On a slide the kind and place of the list head its items; its full name is in the table. */}
              {!isProjected && <h5 className="font-medium">{i18n.local(row.label)}</h5>}
              <p className={isProjected ? 'font-medium' : 'text-sm text-ink-muted'}>
                {i18n.t(`category.${row.list.category === 'platform' ? 'platform' : 'centre'}`)} ·{' '}
                {i18n.local(row.region)}
              </p>
              <ul className="flex list-disc flex-col gap-1 pl-5 text-sm">
                {row.list.items.map((item) => (
                  <li key={item.id}>
                    {i18n.local(item.label)}
                    {regionIds.has(item.id) && !isProjected && (
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
              {!isProjected && (
                <>
                  <QuoteDisclosure source={row.source} />
                  <DataNotes notes={row.notes} />
                </>
              )}
            </div>
          ))}
        </li>
      ))}
    </ol>
  )
}

/** The same as a table: a row for each centre or platform, with its proposal, type and area. */
export function ProposalTable({ proposals, caption }: { proposals: ProposalRow[]; caption: string }) {
  const i18n = useI18n()
  const rows = proposals.flatMap((proposal) =>
    proposal.lists.flatMap((row) => row.list.items.map((item) => ({ proposal, row, item }))),
  )
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {(['filter.proposal', 'filter.category', 'table.item', 'table.region'] as const).map((key) => (
              <th key={key} scope="col" className="px-2 py-2 font-semibold">
                {i18n.t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ proposal, row, item }) => (
            <tr key={`${row.id}-${item.id}`} className="border-b border-line-soft align-top">
              <td className="px-2 py-2">{i18n.local(proposal.label)}</td>
              <td className="px-2 py-2">
                {i18n.t(`category.${row.list.category === 'platform' ? 'platform' : 'centre'}`)}
              </td>
              <th scope="row" className="px-2 py-2 font-medium">
                {i18n.local(item.label)}
              </th>
              <td className="px-2 py-2">{i18n.local(row.region)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}

/** The proposals in sentences: each with the centres and platforms it would build. */
export function summarizeProposals(title: string, proposals: ProposalRow[], i18n: I18n): string {
  if (proposals.length === 0) return i18n.t('summary.none', { title })
  const names = (rows: ListRow[]) =>
    rows.flatMap((row) => row.list.items.map((item) => i18n.local(item.label))).join(punctuation[i18n.locale].list)
  return proposals
    .map((proposal) =>
      i18n.t('summary.proposal', {
        proposal: i18n.local(proposal.label),
        speaker: i18n.name(proposal.proposals.speaker.name),
        builds: names(proposal.lists),
      }),
    )
    .join(punctuation[i18n.locale].sentences)
}
