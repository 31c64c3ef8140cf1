import { setView } from '@/view-state/use-view-state'

/** Opens the source panel of a fact or list: a view of its own, so the link can be shared. */
export function useOpenSource(): (id: string) => void {
  return openSource
}

const openSource = (id: string) => setView((view) => ({ ...view, source: id }))
