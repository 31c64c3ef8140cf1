import type { Dataset, FactKind, Topic } from '@/data/schema'
import { countBy, indexDataset, matchesAny, toFigureRow, toStatementRow, type FigureRow } from '@/data/select-figures'
import type { Filters } from '@/view-state/view'

type OverviewFilters = Pick<Filters, 'kind' | 'speaker'>

export type TradeGrowth = {
  target: FigureRow
  /** The increase on 2022, in percent. */
  change: FigureRow
  /** The yearly rate that increase needs. */
  cagr: FigureRow | undefined
  /** The increase on 2022, in yuan. */
  gap: FigureRow | undefined
}

/**
 * What each trade target asks of the economy: the increase on the baseline in yuan and in percent
 * and its yearly rate, derived facts of the dataset whose first input is the target.
 */
export function selectTradeGrowth(data: Dataset): TradeGrowth[] {
  const index = indexDataset(data)
  const derivedFrom = (targetId: string, method: 'percent-change' | 'cagr' | 'difference') => {
    const fact = index.derivedFrom.get(targetId)?.find((f) => f.kind === 'derived' && f.derivation.method === method)
    return fact && toFigureRow(fact, index)
  }
  return data.facts
    .filter((fact) => fact.topic === 'trade' && fact.kind === 'target' && fact.unit === 'yuan')
    .flatMap((target) => {
      const change = derivedFrom(target.id, 'percent-change')
      if (!change) return []
      const row = toFigureRow(target, index)
      return [{ target: row, change, cagr: derivedFrom(target.id, 'cagr'), gap: derivedFrom(target.id, 'difference') }]
    })
}

const isTradeBar = (fact: Dataset['facts'][number]) =>
  fact.topic === 'trade' && fact.unit === 'yuan' && fact.kind !== 'derived'

function matches(row: FigureRow, filters: OverviewFilters, ignore?: keyof OverviewFilters) {
  return (
    (ignore === 'kind' || matchesAny(filters.kind, row.kind)) &&
    (ignore === 'speaker' || filters.speaker === null || row.speakerId === filters.speaker)
  )
}

/**
 * The Overview's figures: its headline figures, the answer at the top, which no filter hides; then
 * what the filters apply to and count, the trade chart's bars and the growth each trade target needs.
 */
export function selectOverview(data: Dataset, filters: OverviewFilters) {
  const index = indexDataset(data)
  const headlines = data.facts.filter((fact) => fact.isHeadline).map((fact) => toFigureRow(fact, index))
  const trade = data.facts.filter(isTradeBar).map((fact) => toFigureRow(fact, index))
  const growth = selectTradeGrowth(data)
  const growthRows = growth.flatMap((g) => [g.change, g.cagr, g.gap].filter((row) => row !== undefined))
  const scope = [...trade, ...growthRows]
  const passes = (row: FigureRow) => matches(row, filters)
  return {
    total: scope.length,
    shown: scope.filter(passes).length,
    headlines,
    trade: trade.filter(passes).sort((a, b) => a.value - b.value),
    /** A target's growth shows while its increase passes the filters; its rate and gap go with it. */
    growth: growth.filter((g) => passes(g.change)),
    kindCounts: countBy<FigureRow, FactKind>(
      scope.filter((row) => matches(row, filters, 'kind')),
      (row) => [row.kind],
    ),
    speakerCounts: countBy<FigureRow, string>(
      scope.filter((row) => matches(row, filters, 'speaker')),
      (row) => (row.speakerId ? [row.speakerId] : []),
    ),
  }
}

/**
 * Each speaker, how many figures and lists they gave, and the topic they spoke most on; and what
 * the article says of the event itself (statements on the event's topic: the other members).
 */
export function selectSpeakers(data: Dataset) {
  // One pass over everything said, counted by speaker and topic.
  const topicsBySpeaker = new Map<string, Map<Topic, number>>()
  const said = [...data.lists, ...data.facts.filter((f) => f.kind === 'reported' || f.kind === 'target')]
  for (const entry of said) {
    if (!('speaker' in entry)) continue
    const topics = topicsBySpeaker.get(entry.speaker) ?? new Map<Topic, number>()
    topics.set(entry.topic, (topics.get(entry.topic) ?? 0) + 1)
    topicsBySpeaker.set(entry.speaker, topics)
  }
  const index = indexDataset(data)
  return {
    speakers: data.speakers.map((speaker) => {
      const topics = [...(topicsBySpeaker.get(speaker.id) ?? new Map<Topic, number>()).entries()]
      const count = topics.reduce((sum, [, n]) => sum + n, 0)
      const mainTopic = topics.sort((a, b) => b[1] - a[1])[0]?.[0]
      return { speaker, count, mainTopic }
    }),
    statements: data.statements
      .filter((statement) => statement.topic === 'event')
      .map((statement) => toStatementRow(statement, index)),
  }
}
