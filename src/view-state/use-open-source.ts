import { useCallback } from 'react'
import { useViewState } from '@/view-state/use-view-state'

/** Opens the source panel of a fact or list: a view of its own, so the link can be shared. */
export function useOpenSource(): (id: string) => void {
  const { setView } = useViewState()
  return useCallback((id: string) => setView((view) => ({ ...view, source: id })), [setView])
}
