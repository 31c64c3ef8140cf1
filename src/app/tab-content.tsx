import { lazy, Suspense } from 'react'
import { useI18n } from '@/i18n/i18n'
import { ErrorBoundary } from '@/ui/error-boundary'
import { Notice } from '@/ui/notice'
import type { TabProps } from '@/view-state/tab-props'
import { OverviewTab } from '@/features/overview/overview-tab'
import { TabSkeleton } from '@/app/tab-skeleton'

// The Overview ships with the first view; the other tabs load when first opened.
const ClustersTab = lazy(() => import('@/features/clusters/clusters-tab').then((m) => ({ default: m.ClustersTab })))
const NevTab = lazy(() => import('@/features/nev/nev-tab').then((m) => ({ default: m.NevTab })))
const FinanceTab = lazy(() => import('@/features/finance/finance-tab').then((m) => ({ default: m.FinanceTab })))

const tabComponents = {
  overview: OverviewTab,
  clusters: ClustersTab,
  nev: NevTab,
  finance: FinanceTab,
} as const

/** The selected tab's content, each behind its own error boundary so a broken tab leaves the others working. */
export function TabContent(props: TabProps) {
  const i18n = useI18n()
  const Tab = tabComponents[props.view.tab]
  return (
    <ErrorBoundary
      resetKey={props.view.tab}
      fallback={(error) => (
        <Notice tone="danger" role="alert" title={i18n.t('error.tab.title')}>
          {i18n.t('error.chart.body', { detail: error.message.slice(0, 200) })}
        </Notice>
      )}
    >
      <Suspense fallback={<TabSkeleton />}>
        <Tab {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
