import type { Dataset } from '@/data/schema'
import type { FigureRow } from '@/data/select-figures'
import type { MessageKey } from '@/i18n/en'
import type { I18n } from '@/i18n/i18n'
import type { Citation } from '@/charts/citation'
import { summarizeFigures, summarizeTrade } from '@/charts/summarize'
import type { ChartId, View } from '@/view-state/view'
import { isChartShown } from '@/view-state/view-shape'
import type { TalkingPoints } from '@/present/presenter-view/talking-points'
import { selectOverview, selectSpeakers } from '@/features/overview/select-overview'
import { selectClusters } from '@/features/clusters/select-clusters'
import { summarizeMatrix } from '@/features/clusters/industry-matrix'
import { selectNev } from '@/features/nev/select-nev'
import { nevOutputLead } from '@/features/nev/nev-tab'
import { selectFinance } from '@/features/finance/select-finance'
import { summarizeProposals } from '@/features/finance/proposal-columns'

/**
 * What a slide's view gives a presenter to say, from the same selectors and summaries its charts
 * use: the summary of each part shown, and the figures and lists cited there.
 */
export function selectTalkingPoints(data: Dataset, view: View, i18n: I18n): TalkingPoints {
  const points: TalkingPoints = { summaries: [], citations: [] }
  const add = (chart: ChartId, summary: string | null, citations: Citation[]) => {
    if (!isChartShown(view, chart)) return
    if (summary !== null) points.summaries.push(summary)
    points.citations.push(...citations)
  }
  const figures = (titleKey: MessageKey, rows: FigureRow[]) =>
    rows.length > 0 ? summarizeFigures(i18n.t(titleKey), rows, i18n) : null

  switch (view.tab) {
    case 'overview': {
      const overview = selectOverview(data, view.filters)
      add('headlines', figures('overview.headlines', overview.headlines), overview.headlines)
      add(
        'trade',
        summarizeTrade(i18n.t('overview.trade.title'), overview.trade, overview.growth, i18n),
        overview.trade,
      )
      add('speakers', null, isChartShown(view, 'speakers') ? selectSpeakers(data).statements : [])
      break
    }
    case 'clusters': {
      const clusters = selectClusters(data, view.filters)
      add('headlines', figures('clusters.headlines', clusters.headlines), clusters.headlines)
      add('matrix', summarizeMatrix(i18n.t('clusters.matrix.title'), clusters, i18n), clusters.columns)
      add('zone-figures', figures('clusters.otherFigures', clusters.facts), [...clusters.statements, ...clusters.facts])
      add('lists', null, clusters.lists)
      break
    }
    case 'nev': {
      const nev = selectNev(data, view.filters)
      add('headlines', figures('nev.headlines', nev.headlines), nev.headlines)
      const lead = nevOutputLead(nev.lead, i18n)
      add('output', summarizeFigures(i18n.t('nev.output.title'), nev.vehicles, i18n, { lead }), nev.vehicles)
      add('share', summarizeFigures(i18n.t('nev.share.title'), nev.shares, i18n), nev.shares)
      break
    }
    case 'finance': {
      const finance = selectFinance(data, view.filters)
      add('headlines', figures('finance.headlines', finance.figures), finance.figures)
      add('proposals', summarizeProposals(i18n.t('finance.proposals'), finance.proposals, i18n), finance.citations)
      break
    }
  }
  return points
}
