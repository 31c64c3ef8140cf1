import { lazy, Suspense, useState } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { Dataset } from '@/data/schema'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { TabContent } from '@/app/tab-content'
import { TabSkeleton } from '@/app/tab-skeleton'

// Only a failed load needs the error panel: its code loads then.
const DatasetErrorPanel = lazy(() =>
  import('@/app/dataset-error-panel').then((m) => ({ default: m.DatasetErrorPanel })),
)

type DatasetGateProps = {
  dataset: UseQueryResult<Dataset>
  /** A dataset file being previewed, shown in place of the published one. */
  preview?: Dataset | undefined
  view: View
  setView: SetView
}

/** A view's content once the dataset is in; until then its skeleton, or the panel saying what failed. */
export function DatasetGate({ dataset, preview, view, setView }: DatasetGateProps) {
  // A retry clears the query's error while it runs; the last failure keeps the panel up meanwhile.
  const [lastError, setLastError] = useState<Error | null>(null)
  if (dataset.error && dataset.error !== lastError) setLastError(dataset.error)
  const data = preview ?? dataset.data
  if (data) return <TabContent data={data} view={view} setView={setView} />
  const error = dataset.error ?? (dataset.isFetching ? lastError : null)
  if (error) {
    return (
      <Suspense fallback={<TabSkeleton />}>
        <DatasetErrorPanel error={error} onRetry={() => void dataset.refetch()} isRetrying={dataset.isFetching} />
      </Suspense>
    )
  }
  return <TabSkeleton />
}
