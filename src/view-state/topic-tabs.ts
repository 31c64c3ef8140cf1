import type { Topic } from '@/data/schema'
import type { Tab } from '@/view-state/view'

/** Which tab shows each topic of the dataset. Liangjiang and the Science City sit with the clusters they grow. */
export const topicTabs: Record<Topic, Tab> = {
  event: 'overview',
  industry: 'clusters',
  trade: 'overview',
  electronics: 'clusters',
  nev: 'nev',
  finance: 'finance',
  liangjiang: 'clusters',
  'science-city': 'clusters',
}
