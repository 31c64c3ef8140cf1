import type { Dataset, FactKind, Topic } from '@/data/schema'
import { memoizeByDataset, memoizeSelector } from '@/data/memoize-selector'
import { countBy, indexDataset, matchesAny, toFigureRow, type FigureRow } from '@/data/select-figures'
import type { Filters } from '@/view-state/view'

type OverviewFilters = Pick<Filters, 'kind' | 'speaker'>

/** The Overview's figures: the headline cards and the trade chart's bars. Filters apply to both. */
const selectScope = memoizeByDataset((data: Dataset): FigureRow[] => {
  const index = indexDataset(data)
  return data.facts.filter((fact) => fact.isHeadline || isTradeBar(fact)).map((fact) => toFigureRow(fact, index))
})

const isTradeBar = (fact: Dataset['facts'][number]) =>
  fact.topic === 'trade' && fact.unit === 'yuan' && fact.kind !== 'derived'

const speakerOf = (row: FigureRow) => (row.source.kind === 'stated' ? row.source.speaker.id : null)

function matches(row: FigureRow, filters: OverviewFilters, ignore?: keyof OverviewFilters) {
  return (
    (ignore === 'kind' || matchesAny(filters.kind, row.kind)) &&
    (ignore === 'speaker' || filters.speaker === null || speakerOf(row) === filters.speaker)
  )
}

export const selectOverview = memoizeSelector((data: Dataset, filters: OverviewFilters) => {
  const scope = selectScope(data)
  const headlineIds = new Set(data.facts.filter((fact) => fact.isHeadline).map((fact) => fact.id))
  const shown = scope.filter((row) => matches(row, filters))
  return {
    total: scope.length,
    shown: shown.length,
    headlines: shown.filter((row) => headlineIds.has(row.id)),
    trade: shown.filter((row) => row.unit === 'yuan').sort((a, b) => a.value - b.value),
    kindCounts: countBy<FigureRow, FactKind>(
      scope.filter((row) => matches(row, filters, 'kind')),
      (row) => [row.kind],
    ),
    speakerCounts: countBy<FigureRow, string>(
      scope.filter((row) => matches(row, filters, 'speaker')),
      (row) => {
        const speaker = speakerOf(row)
        return speaker ? [speaker] : []
      },
    ),
  }
})

export type TradeGrowth = { target: FigureRow; change: FigureRow; cagr: FigureRow | undefined }

/**
 * What each trade target asks of the economy: the growth on the baseline and its yearly rate, both
 * derived facts of the dataset whose first input is the target.
 */
export const selectTradeGrowth = memoizeByDataset((data: Dataset): TradeGrowth[] => {
  const index = indexDataset(data)
  const derivedFrom = (targetId: string, method: 'percent-change' | 'cagr') =>
    index.derivedFrom.get(targetId)?.find((fact) => fact.kind === 'derived' && fact.derivation.method === method)
  return data.facts
    .filter((fact) => fact.topic === 'trade' && fact.kind === 'target' && fact.unit === 'yuan')
    .flatMap((target) => {
      const change = derivedFrom(target.id, 'percent-change')
      if (!change) return []
      const cagr = derivedFrom(target.id, 'cagr')
      return [
        {
          target: toFigureRow(target, index),
          change: toFigureRow(change, index),
          cagr: cagr ? toFigureRow(cagr, index) : undefined,
        },
      ]
    })
})

/** Each speaker, how many figures and lists they gave, and the topic they spoke most on. */
export const selectSpeakers = memoizeByDataset((data: Dataset) => {
  // One pass over everything said, counted by speaker and topic.
  const topicsBySpeaker = new Map<string, Map<Topic, number>>()
  const said = [...data.lists, ...data.facts.filter((f) => f.kind === 'reported' || f.kind === 'target')]
  for (const entry of said) {
    if (!('speaker' in entry)) continue
    const topics = topicsBySpeaker.get(entry.speaker) ?? new Map<Topic, number>()
    topics.set(entry.topic, (topics.get(entry.topic) ?? 0) + 1)
    topicsBySpeaker.set(entry.speaker, topics)
  }
  return data.speakers.map((speaker) => {
    const topics = [...(topicsBySpeaker.get(speaker.id) ?? new Map<Topic, number>()).entries()]
    const count = topics.reduce((sum, [, n]) => sum + n, 0)
    const mainTopic = topics.sort((a, b) => b[1] - a[1])[0]?.[0]
    return { speaker, count, mainTopic }
  })
})
