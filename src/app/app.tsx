import { useEffect, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { datasetQuery } from '@/data/dataset-query'
import { localeTags } from '@/i18n/format'
import { I18nProvider, useI18n } from '@/i18n/i18n'
import { ChartPatterns } from '@/charts/chart-patterns'
import { TabList, TabPanel } from '@/ui/tabs'
import { findUnknownIds, type AnyViewProblem } from '@/view-state/find-unknown-ids'
import { canonicalizeUrl, useViewState, withTab, type SetView } from '@/view-state/use-view-state'
import { tabs, type View } from '@/view-state/view'
import { DatasetErrorPanel } from '@/app/dataset-error-panel'
import { Header } from '@/app/header'
import { TabContent } from '@/app/tab-content'
import { TabSkeleton } from '@/app/tab-skeleton'
import { ViewNotice } from '@/app/view-notice'
import { SourcePanel } from '@/app/source-panel'

const TABS_ID = 'sections'

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

  return (
    <I18nProvider locale={view.lang}>
      <ChartPatterns />
      <SkipLink />
      <Header view={view} setView={setView} meta={dataset.data?.meta} />
      <main id="main" tabIndex={-1} className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-5 sm:px-6">
        <ViewNotice problems={allProblems} />
        <Tabs view={view} setView={setView} />
        <TabPanel idPrefix={TABS_ID} id={view.tab}>
          {dataset.data ? (
            <TabContent data={dataset.data} view={view} setView={setView} />
          ) : dataset.error ? (
            <DatasetErrorPanel
              error={dataset.error}
              onRetry={() => void dataset.refetch()}
              isRetrying={dataset.isFetching}
            />
          ) : (
            <TabSkeleton />
          )}
        </TabPanel>
      </main>
      {dataset.data && view.source && (
        <SourcePanel data={dataset.data} id={view.source} onClose={() => setView((v) => ({ ...v, source: null }))} />
      )}
    </I18nProvider>
  )
}

function Tabs({ view, setView }: { view: View; setView: SetView }) {
  const i18n = useI18n()
  return (
    <TabList
      idPrefix={TABS_ID}
      label={i18n.t('tabs.label')}
      selected={view.tab}
      onSelect={(tab) => setView((v) => withTab(v, tab))}
      items={tabs.map((tab) => ({ id: tab, label: i18n.t(`tab.${tab}`) }))}
      className="border-b border-line-soft"
    />
  )
}

function SkipLink() {
  const i18n = useI18n()
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-raised focus:p-3"
    >
      {i18n.t('app.skipToContent')}
    </a>
  )
}

/** <html lang> follows the language, and the theme class overrides the system's choice. */
function useDocumentSettings(view: View) {
  useEffect(() => {
    const root = document.documentElement
    root.lang = localeTags[view.lang]
    root.classList.toggle('dark', view.theme === 'dark')
    root.classList.toggle('light', view.theme === 'light')
  }, [view.lang, view.theme])
}
