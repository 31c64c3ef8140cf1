import type { Dataset } from '@/data/schema'
import type { ViewProblem } from '@/view-state/parse-view'
import type { View } from '@/view-state/view'

export type IdProblem = {
  kind: 'unknown-id'
  param: 'speaker' | 'region' | 'proposal' | 'source' | 'spotlight'
  value: string
}

/**
 * The parameters that name dataset ids (speaker, area, proposal, source, spotlight) can only be checked once
 * the dataset has loaded. An unknown id is dropped, so the view shows everything, and reported.
 */
export function findUnknownIds(view: View, data: Dataset): { view: View; problems: IdProblem[] } {
  const known = {
    speaker: new Set(data.speakers.map((s) => s.id)),
    region: new Set(data.regions.map((r) => r.id)),
    proposal: new Set(data.lists.filter((l) => l.category === 'proposal').flatMap((l) => l.items.map((i) => i.id))),
  }
  const problems: IdProblem[] = []
  let filters = view.filters
  for (const param of ['speaker', 'region', 'proposal'] as const) {
    const value = filters[param]
    if (value !== null && !known[param].has(value)) {
      problems.push({ kind: 'unknown-id', param, value })
      filters = { ...filters, [param]: null }
    }
  }
  let source = view.source
  const isKnownSource = (id: string) =>
    [data.facts, data.lists, data.statements].some((entries) => entries.some((e) => e.id === id))
  if (source !== null && !isKnownSource(source)) {
    problems.push({ kind: 'unknown-id', param: 'source', value: source })
    source = null
  }
  // Only a figure has a bar to put in the spotlight.
  let spotlight = view.spotlight
  if (spotlight !== null && !data.facts.some((fact) => fact.id === spotlight)) {
    problems.push({ kind: 'unknown-id', param: 'spotlight', value: spotlight })
    spotlight = null
  }
  return { view: problems.length > 0 ? { ...view, filters, source, spotlight } : view, problems }
}

export type AnyViewProblem = ViewProblem | IdProblem
