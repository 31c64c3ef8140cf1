import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { datasetQuery } from '@/data/dataset-query'
import { I18nProvider } from '@/i18n/i18n'
import { ChartPatterns } from '@/charts/chart-patterns'
import { DatasetMetaContext } from '@/charts/copy-figure-button'
import { findUnknownIds, type AnyViewProblem } from '@/view-state/find-unknown-ids'
import { canonicalizeUrl, useViewState } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { DatasetGate } from '@/app/dataset-gate'
import { FullLayout } from '@/app/full-layout'
import { TabSkeleton } from '@/app/tab-skeleton'
import { useStickyProblems } from '@/app/use-sticky-problems'
import { DatasetRefreshNotice } from '@/app/dataset-refresh-notice'
import { PreviewBanner, PreviewFailureDialog, usePreviewFile } from '@/app/dataset-preview'
import type { Preview } from '@/app/read-dataset-file'
import { ErrorBoundary } from '@/ui/error-boundary'

// Presenter and embed modes are separate entry points into the same views: loaded only when used.
const Presenter = lazy(() => import('@/app/presenter').then((m) => ({ default: m.Presenter })))
const EmbedLayout = lazy(() => import('@/embed/embed-layout').then((m) => ({ default: m.EmbedLayout })))
// A notice of what a link got wrong loads its code when one is shown; if that code cannot load,
// the notice is left out and the page goes on working. The notice of a failed refresh ships with
// the page: the network it would load over is what failed.
const ViewNotice = lazy(() => import('@/app/view-notice').then((m) => ({ default: m.ViewNotice })))

export function App() {
  const { view: parsedView, problems, setView } = useViewState()
  const dataset = useQuery(datasetQuery)
  // A dataset file a maintainer previews stands in for the published one, in this page only.
  const [preview, setPreview] = useState<Preview | null>(null)
  const previewFile = usePreviewFile(setPreview, parsedView.mode === 'app')
  const data = preview?.dataset ?? dataset.data
  const checked = useMemo(
    () => (data ? findUnknownIds(parsedView, data) : { view: parsedView, problems: [] }),
    [parsedView, data],
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
  const [shownProblems, dismissProblems] = useStickyProblems(allProblems)
  const notice = (isCompact: boolean) => (
    <>
      {shownProblems.length > 0 && (
        <OnDemand>
          <ViewNotice problems={shownProblems} onDismiss={dismissProblems} isCompact={isCompact} />
        </OnDemand>
      )}
      {preview && <PreviewBanner name={preview.name} onEnd={() => setPreview(null)} />}
      {dataset.data && dataset.isRefetchError && <DatasetRefreshNotice dataset={dataset} />}
    </>
  )

  const renderView = (shown: View) => (
    <DatasetGate dataset={dataset} preview={preview?.dataset} view={shown} setView={setView} />
  )

  return (
    <I18nProvider locale={view.lang}>
      <DatasetMetaContext value={data?.meta ?? null}>
        <ChartPatterns />
        {view.mode === 'app' ? (
          <FullLayout
            view={view}
            setView={setView}
            data={data}
            notice={notice(false)}
            onPreviewFile={(file) => void previewFile.read(file)}
          >
            {renderView(view)}
            {previewFile.failure && (
              <PreviewFailureDialog failure={previewFile.failure} onClose={previewFile.dismissFailure} />
            )}
          </FullLayout>
        ) : (
          <Suspense fallback={<TabSkeleton />}>
            {view.mode === 'present' ? (
              <Presenter view={view} setView={setView} data={data} notice={notice(true)} renderView={renderView} />
            ) : (
              <EmbedLayout view={view} setView={setView} data={data} notice={notice(true)}>
                {renderView(view)}
              </EmbedLayout>
            )}
          </Suspense>
        )}
      </DatasetMetaContext>
    </I18nProvider>
  )
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
