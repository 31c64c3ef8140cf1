import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { datasetQuery } from '@/data/dataset-query'
import { I18nProvider } from '@/i18n/i18n'
import { ChartPatterns } from '@/charts/chart-patterns'
import { findUnknownIds, type AnyViewProblem } from '@/view-state/find-unknown-ids'
import { canonicalizeUrl, useViewState } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { DatasetGate } from '@/app/dataset-gate'
import { FullLayout } from '@/app/full-layout'
import { TabSkeleton } from '@/app/tab-skeleton'
import { useStickyProblems } from '@/app/use-sticky-problems'
import { ErrorBoundary } from '@/ui/error-boundary'
import { whenIdle } from '@/app/idle'
import { useLaterPartsState } from '@/app/hydrate-later'
import { Notice } from '@/ui/notice'
import { useI18n } from '@/i18n/i18n'

// Presenter and embed modes are separate entry points into the same views: loaded only when used.
const PresenterLayout = lazy(() => import('@/present/presenter-layout').then((m) => ({ default: m.PresenterLayout })))
const EmbedLayout = lazy(() => import('@/embed/embed-layout').then((m) => ({ default: m.EmbedLayout })))
// Notices are for the rare link with a mistake in it, or a refresh that failed: their code and
// words load when one is shown, or once the browser is idle after the first view (a refresh fails
// when the network does, and the notice must not need it then). A notice whose code cannot load
// is left out; the page goes on working.
const loadViewNotice = () => import('@/app/view-notice').then((m) => ({ default: m.ViewNotice }))
const loadRefreshNotice = () =>
  import('@/app/dataset-refresh-notice').then((m) => ({ default: m.DatasetRefreshNotice }))
const ViewNotice = lazy(loadViewNotice)
const DatasetRefreshNotice = lazy(loadRefreshNotice)

export function App() {
  const { view: parsedView, problems, setView } = useViewState()
  const dataset = useQuery(datasetQuery)
  const checked = useMemo(
    () => (dataset.data ? findUnknownIds(parsedView, dataset.data) : { view: parsedView, problems: [] }),
    [parsedView, dataset.data],
  )
  const view = checked.view
  const allProblems = useMemo<AnyViewProblem[]>(
    () => (checked.problems.length === 0 ? problems : [...problems, ...checked.problems]),
    [problems, checked.problems],
  )

  useEffect(() => {
    if (allProblems.length > 0) canonicalizeUrl(view)
  }, [allProblems, view])
  useDocumentSettings(view)
  usePreloadedNotices()
  const [shownProblems, dismissProblems] = useStickyProblems(allProblems)
  const notice = (isCompact: boolean) => (
    <>
      <LaterPartsNotice />
      {shownProblems.length > 0 && (
        <OnDemand>
          <ViewNotice problems={shownProblems} onDismiss={dismissProblems} isCompact={isCompact} />
        </OnDemand>
      )}
      {dataset.data && dataset.isRefetchError && (
        <OnDemand>
          <DatasetRefreshNotice dataset={dataset} />
        </OnDemand>
      )}
    </>
  )

  const renderView = (shown: View) => <DatasetGate dataset={dataset} view={shown} setView={setView} />

  return (
    <I18nProvider locale={view.lang}>
      <ChartPatterns />
      {view.mode === 'app' ? (
        <FullLayout view={view} setView={setView} data={dataset.data} notice={notice(false)}>
          {renderView(view)}
        </FullLayout>
      ) : (
        <Suspense fallback={<TabSkeleton />}>
          {view.mode === 'present' ? (
            <PresenterLayout view={view} setView={setView} notice={notice(true)} renderView={renderView} />
          ) : (
            <EmbedLayout view={view} setView={setView} data={dataset.data} notice={notice(true)}>
              {renderView(view)}
            </EmbedLayout>
          )}
        </Suspense>
      )}
    </I18nProvider>
  )
}

/** When the code of the parts around the charts is late or cannot come: one notice for all of them. */
function LaterPartsNotice() {
  const i18n = useI18n()
  const state = useLaterPartsState()
  if (state === 'late') return <Notice title={i18n.t('app.partsLate')} />
  if (state === 'failed') return <Notice tone="danger" role="alert" title={i18n.t('app.partFailed')} />
  return null
}

/** The notices' code, once the browser is idle after the first view; a failure is left to the notice. */
function usePreloadedNotices() {
  useEffect(() => whenIdle(() => void Promise.all([loadViewNotice(), loadRefreshNotice()]).catch(() => {}), 5000), [])
}

/** Code loaded on demand: nothing until it arrives, and nothing if it cannot. */
function OnDemand({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}

/** The theme class on <html> overrides the system's choice. (<html lang> is the I18nProvider's.) */
function useDocumentSettings(view: View) {
  useEffect(() => {
    const root = document.documentElement
    root.classList.toggle('dark', view.theme === 'dark')
    root.classList.toggle('light', view.theme === 'light')
  }, [view.theme])
}
