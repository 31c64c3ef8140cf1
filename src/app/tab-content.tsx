import { lazy, memo, Suspense, useState, type ComponentType, type ReactNode } from 'react'
import { useI18n } from '@/i18n/i18n'
import { ErrorBoundary } from '@/ui/error-boundary'
import { Notice } from '@/ui/notice'
import type { TabProps } from '@/view-state/tab-props'
import { serializeView } from '@/view-state/serialize-view'
import type { Tab } from '@/view-state/view'
import { OverviewTab } from '@/features/overview/overview-tab'
import { TabSkeleton } from '@/app/tab-skeleton'

/** Each tab's code but the Overview's (the default view, in the first chunk) loads on its first visit. */
export const tabLoaders = {
  clusters: () => import('@/features/clusters/clusters-tab').then((m) => ({ default: m.ClustersTab })),
  nev: () => import('@/features/nev/nev-tab').then((m) => ({ default: m.NevTab })),
  finance: () => import('@/features/finance/finance-tab').then((m) => ({ default: m.FinanceTab })),
  'all-figures': () => import('@/features/all-figures/all-figures-tab').then((m) => ({ default: m.AllFiguresTab })),
} satisfies Record<Exclude<Tab, 'overview'>, unknown>

// memo: a hidden tab keeps the view it was left in, so a change of view elsewhere skips it.
const tabComponents: Record<Tab, ComponentType<TabProps>> = {
  overview: memo(OverviewTab),
  clusters: memo(lazy(tabLoaders.clusters)),
  nev: memo(lazy(tabLoaders.nev)),
  finance: memo(lazy(tabLoaders.finance)),
  'all-figures': memo(lazy(tabLoaders['all-figures'])),
}

/**
 * The selected tab. A tab once visited stays mounted with the view it was left in, out of sight and
 * skipped by rendering (content-visibility: hidden keeps its layout), so going back to it is a
 * change of style, not a rebuild and a layout. Each tab has its own error boundary, so a broken tab
 * leaves the others working.
 */
export function TabContent({ data, view, setView }: TabProps) {
  const [lastViews, setLastViews] = useState<Partial<Record<Tab, TabProps['view']>>>({ [view.tab]: view })
  // A tab shown again in the view it was left in keeps that very object, so it does not re-render.
  const last = lastViews[view.tab]
  if (last !== view && (!last || serializeView(last) !== serializeView(view))) {
    setLastViews({ ...lastViews, [view.tab]: view })
  }
  return Object.entries(lastViews).map(([tab, tabView]) => {
    const TabComponent = tabComponents[tab as Tab]
    const isShown = tab === view.tab
    return (
      <div
        key={tab}
        className={isShown ? undefined : 'hidden-tab'}
        inert={!isShown}
        aria-hidden={!isShown || undefined}
      >
        <TabBoundary tab={tab as Tab}>
          <TabComponent data={data} view={tabView} setView={setView} />
        </TabBoundary>
      </div>
    )
  })
}

function TabBoundary({ tab, children }: { tab: Tab; children: ReactNode }) {
  const i18n = useI18n()
  return (
    <ErrorBoundary
      resetKey={tab}
      fallback={(error) => (
        <Notice tone="danger" role="alert" title={i18n.t('error.tab.title')}>
          {i18n.t('error.chart.body', { detail: error.message.slice(0, 200) })}
        </Notice>
      )}
    >
      <Suspense fallback={<TabSkeleton />}>{children}</Suspense>
    </ErrorBoundary>
  )
}
