import type { Dataset } from '@/data/schema'
import type { View } from '@/view-state/view'
import { matrixSlideCount } from '@/features/clusters/select-clusters'

/**
 * On how many slides a deck link's view continues: the parts of the app too long for one slide at a
 * legible size (the industry matrix, at a dozen rows and more); one for every other view.
 */
export function slidePartsOf(data: Dataset, view: View): number {
  if (view.tab === 'clusters' && view.chart === 'matrix') return matrixSlideCount(data, view.filters)
  return 1
}
