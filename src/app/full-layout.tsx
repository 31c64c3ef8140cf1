import { lazy, Suspense, useCallback, type ReactNode } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { useDocumentTitle } from '@/ui/use-document-title'
import { TabList, TabPanel } from '@/ui/tabs'
import { serializeView } from '@/view-state/serialize-view'
import { withTab, type SetView } from '@/view-state/use-view-state'
import { tabs, type Tab, type View } from '@/view-state/view'
import { usePresentKey } from '@/present/use-present-key'
import { slidePartsOf } from '@/app/slide-parts'
import { Header } from '@/app/header'
import { FinderButton } from '@/app/finder-button'
import { ViewToolbar } from '@/app/view-toolbar'
import { tabLoaders } from '@/app/tab-content'
import { PreviewFileButton } from '@/app/dataset-preview'

const TABS_ID = 'sections'

/** A tab's code, fetched as the pointer comes onto it: by the click it is usually in. */
const prefetchTab = (tab: Tab) => {
  if (tab !== 'overview') void tabLoaders[tab]().catch(() => {}) // a failed load fails again, in the tab's boundary
}

// Panels a reader opens on demand load their code then, not with the first view.
const SourcePanel = lazy(() => import('@/app/source-panel').then((m) => ({ default: m.SourcePanel })))

type FullLayoutProps = {
  view: View
  setView: SetView
  data: Dataset | undefined
  /** What was ignored in the link, and whether a later look for a newer dataset failed. */
  notice: ReactNode
  /** A dataset file chosen to preview. */
  onPreviewFile: (file: File) => void
  children: ReactNode
}

/** The app as a reader opens it: header, toolbar, tabs, the selected tab, and an open source panel. */
export function FullLayout({ view, setView, data, notice, onPreviewFile, children }: FullLayoutProps) {
  const i18n = useI18n()
  useDocumentTitle(i18n.t('app.documentTitle', { view: i18n.t(`tab.${view.tab}`) }))
  const partsOf = useCallback((shown: View) => (data ? slidePartsOf(data, shown) : 1), [data])
  usePresentKey(setView, partsOf)
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-raised focus:p-3"
      >
        {i18n.t('app.skipToContent')}
      </a>
      <Header
        view={view}
        setView={setView}
        meta={data?.meta}
        phoneActions={<ViewToolbar view={view} setView={setView} meta={data?.meta} partsOf={partsOf} />}
        finder={<FinderButton data={data} />}
      />
      <main
        id="main"
        tabIndex={-1}
        className="page-flow mx-auto flex max-w-7xl flex-col gap-3 px-4 py-3 sm:gap-4 sm:px-6 sm:py-5"
      >
        {notice}
        {/* The share actions sit right of the tabs where both fit, else above them (wrap-reverse keeps
            the tabs on the rule): the tabs never wrap to make room for them. */}
        <div className="flex flex-col-reverse gap-2 border-b border-line-soft md:flex-row md:flex-wrap-reverse md:items-start md:justify-between">
          <TabList
            idPrefix={TABS_ID}
            label={i18n.t('tabs.label')}
            selected={view.tab}
            onSelect={(tab) => setView((v) => withTab(v, tab))}
            onPointerEnter={prefetchTab}
            items={tabs.map((tab) => ({
              id: tab,
              label: i18n.t(`tab.${tab}`),
              shortLabel: i18n.t(`tab.${tab}.short`),
              href: serializeView(withTab(view, tab)) || '.',
            }))}
          />
          <ViewToolbar
            view={view}
            setView={setView}
            meta={data?.meta}
            partsOf={partsOf}
            className="pb-2 max-sm:hidden md:ml-auto"
          />
        </div>
        <TabPanel idPrefix={TABS_ID} id={view.tab}>
          {children}
        </TabPanel>
      </main>
      <footer className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-2 border-t border-line-soft px-4 py-3 text-sm text-ink-muted sm:px-6">
        {i18n.t('footer.maintainers')}
        <PreviewFileButton onFile={onPreviewFile} />
      </footer>
      {data && view.source && (
        <Suspense fallback={null}>
          <SourcePanel data={data} id={view.source} onClose={() => setView((v) => ({ ...v, source: null }))} />
        </Suspense>
      )}
    </>
  )
}
