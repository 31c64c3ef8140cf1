import type { MessageKey } from '@/i18n/en-on-demand'
import type { ChartId } from '@/view-state/view'

/** The catalog key of each part's title, for citations, embeds and slides that show one part alone. */
export const chartTitles: Record<ChartId, MessageKey> = {
  headlines: 'overview.headlines',
  trade: 'overview.trade.title',
  speakers: 'overview.speakers',
  'by-tier': 'clusters.byTier.title',
  recurring: 'clusters.recurring.title',
  'zone-figures': 'clusters.zoneFigures',
  lists: 'clusters.lists',
  output: 'nev.output.title',
  share: 'nev.share.title',
  companies: 'nev.companies.title',
  items: 'finance.items.title',
  proposals: 'finance.proposals',
}
