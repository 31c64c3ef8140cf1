import type { MessageKey } from '@/i18n/en'
import type { tabCharts, Tab } from '@/view-state/view'

/** The catalog key of each part's title, for citations, embeds and slides that show one part alone. */
const chartTitles: { [T in Tab]: Record<(typeof tabCharts)[T][number], MessageKey> } = {
  overview: { headlines: 'overview.headlines', trade: 'overview.trade.title', speakers: 'overview.speakers' },
  clusters: {
    headlines: 'clusters.headlines',
    matrix: 'clusters.matrix.title',
    'zone-figures': 'clusters.otherFigures',
    lists: 'clusters.lists',
  },
  nev: { headlines: 'nev.headlines', output: 'nev.output.title', share: 'nev.share.title' },
  finance: { headlines: 'finance.headlines', proposals: 'finance.proposals' },
  'all-figures': {},
}

/** The catalog key of one part of a tab's title. */
export const chartTitleKey = (tab: Tab, chart: string): MessageKey =>
  (chartTitles[tab] as Record<string, MessageKey>)[chart] ?? `tab.${tab}`
