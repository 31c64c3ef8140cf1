import { useState } from 'react'
import type { AnyViewProblem } from '@/view-state/find-unknown-ids'

/**
 * What the notice should list. The URL is corrected as soon as it is read, and the dataset can
 * find more problems later, so problems gather here, once each, until the reader dismisses them.
 * Kept in the app rather than the notice: a notice inside a lazily loaded layout mounts after the
 * URL was corrected, and would otherwise never see what was ignored.
 */
export function useStickyProblems(problems: AnyViewProblem[]): [AnyViewProblem[], () => void] {
  const [state, setState] = useState({ seen: problems, shown: problems })
  if (state.seen !== problems) {
    const shown = [...state.shown]
    for (const problem of problems) {
      if (!shown.some((known) => JSON.stringify(known) === JSON.stringify(problem))) shown.push(problem)
    }
    setState({ seen: problems, shown })
  }
  return [state.shown, () => setState((current) => ({ ...current, shown: [] }))]
}
