import { lazy, Suspense, type ReactNode } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { TabList, TabPanel } from '@/ui/tabs'
import { announceTabIntent } from '@/app/tab-intent'
import { withTab, type SetView } from '@/view-state/use-view-state'
import { tabs, type View } from '@/view-state/view'
import { usePresentKey } from '@/present/use-present-key'
import { HydrateLater, laterPart } from '@/app/hydrate-later'

const TABS_ID = 'sections'

// The header and the toolbar load after the first chart is drawn (hydrate-later.tsx).
const Header = laterPart('Header')
const ViewToolbar = laterPart('ViewToolbar')

// Panels a reader opens on demand load their code then, not with the first view.
const SourcePanel = lazy(() => import('@/app/source-panel').then((m) => ({ default: m.SourcePanel })))

type FullLayoutProps = {
  view: View
  setView: SetView
  data: Dataset | undefined
  /** What was ignored in the link, and whether a later look for a newer dataset failed. */
  notice: ReactNode
  children: ReactNode
}

/** The app as a reader opens it: header, toolbar, tabs, the selected tab, and an open source panel. */
export function FullLayout({ view, setView, data, notice, children }: FullLayoutProps) {
  const i18n = useI18n()
  usePresentKey(setView)
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-raised focus:p-3"
      >
        {i18n.t('app.skipToContent')}
      </a>
      <HydrateLater>
        <Header view={view} setView={setView} meta={data?.meta} />
      </HydrateLater>
      <main id="main" tabIndex={-1} className="page-flow mx-auto flex max-w-7xl flex-col gap-4 px-4 py-5 sm:px-6">
        {notice}
        <div className="flex flex-col-reverse gap-2 border-b border-line-soft md:flex-row md:items-end md:justify-between">
          <TabList
            idPrefix={TABS_ID}
            label={i18n.t('tabs.label')}
            selected={view.tab}
            onSelect={(tab) => setView((v) => withTab(v, tab))}
            onIntent={announceTabIntent}
            items={tabs.map((tab) => ({ id: tab, label: i18n.t(`tab.${tab}`) }))}
          />
          <HydrateLater>
            <ViewToolbar view={view} setView={setView} meta={data?.meta} />
          </HydrateLater>
        </div>
        <TabPanel idPrefix={TABS_ID} id={view.tab}>
          {children}
        </TabPanel>
      </main>
      {data && view.source && (
        <Suspense fallback={null}>
          <SourcePanel data={data} id={view.source} onClose={() => setView((v) => ({ ...v, source: null }))} />
        </Suspense>
      )}
    </>
  )
}
