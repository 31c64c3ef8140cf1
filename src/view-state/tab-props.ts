import type { Dataset } from '@/data/schema'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'

/** What the app hands every tab: the validated dataset, the view from the URL, and a way to change it. */
export type TabProps = { data: Dataset; view: View; setView: SetView }
