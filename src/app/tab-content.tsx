import {
  Activity,
  lazy,
  memo,
  startTransition,
  Suspense,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
} from 'react'
import { warmFigureRows } from '@/data/select-figures'
import { useI18n } from '@/i18n/i18n'
import { DRAWN_AHEAD_CLASS, FrontTabContext } from '@/charts/front-tab'
import { ErrorBoundary } from '@/ui/error-boundary'
import { Notice } from '@/ui/notice'
import type { TabProps } from '@/view-state/tab-props'
import { withTab } from '@/view-state/use-view-state'
import { serializeView } from '@/view-state/serialize-view'
import { defaultView, tabs, type Tab } from '@/view-state/view'
import { OverviewTab } from '@/features/overview/overview-tab'
import { TabSkeleton } from '@/app/tab-skeleton'
import { nextTask, whenIdle } from '@/app/idle'
import { onTabIntent } from '@/app/tab-intent'

// The Overview ships with the first view; the other tabs' code loads once the browser is idle after it.
const tabLoaders = {
  clusters: () => import('@/features/clusters/clusters-tab').then((m) => ({ default: m.ClustersTab })),
  nev: () => import('@/features/nev/nev-tab').then((m) => ({ default: m.NevTab })),
  finance: () => import('@/features/finance/finance-tab').then((m) => ({ default: m.FinanceTab })),
}

// What each lazy tab selects at its defaults, in steps, from the same chunk: run as separate tasks
// before the tabs are built in the background, so building one reads cached selections.
const tabPreparers = {
  clusters: () => import('@/features/clusters/clusters-tab').then((m) => m.prepareClustersTab),
  nev: () => import('@/features/nev/nev-tab').then((m) => m.prepareNevTab),
  finance: () => import('@/features/finance/finance-tab').then((m) => m.prepareFinanceTab),
}

// memo: a tab kept in the background re-renders only when its own props change.
const tabComponents: Record<Tab, ComponentType<TabProps>> = {
  overview: memo(OverviewTab),
  clusters: memo(lazy(tabLoaders.clusters)),
  nev: memo(lazy(tabLoaders.nev)),
  finance: memo(lazy(tabLoaders.finance)),
}

/**
 * The selected tab, with the others kept in the background, so switching shows a tab already built
 * instead of building it then. A tab never opened waits in React's Activity, built at low priority
 * with nothing drawn or measured (cheap in time and memory). A tab the reader reaches for (the
 * pointer on it, a press) is drawn out of sight, so the click that follows only shows it. Once
 * opened, a tab stays drawn when the reader leaves it, only hidden, so going back to it is a change
 * of style, not a redraw. Each tab has its own error boundary, so a broken tab leaves the others
 * working.
 */
export function TabContent({ data, view, setView }: TabProps) {
  // The front tab first; once the browser is idle after it, the others join in the background,
  // where React builds them at low priority, so a first visit finds its tab already made.
  const [visited, setVisited] = useState<Tab[]>([view.tab])
  if (!visited.includes(view.tab)) setVisited([...visited, view.tab])
  const [opened, setOpened] = useState<Tab[]>([view.tab])
  if (!opened.includes(view.tab)) setOpened([...opened, view.tab])
  // A tab the reader reaches for is drawn out of sight, at low priority: a mouse rests on a tab a
  // few hundred ms before it clicks, and a press lasts about a hundred, so by the click its charts
  // are drawn and the click only shows them. A click that comes first goes ahead: React renders it
  // first, and the charts of the tab shown take their turns to draw before those drawn ahead.
  const [reachedFor, setReachedFor] = useState<Tab[]>([])
  useEffect(
    () =>
      onTabIntent((tab) =>
        startTransition(() => {
          setVisited((current) => (current.includes(tab) ? current : [...current, tab]))
          setReachedFor((current) => (current.includes(tab) ? current : [...current, tab]))
        }),
      ),
    [],
  )
  useEffect(() => {
    // Once the browser is idle after the first view: every fact's row in slices, then each other
    // tab's default selection in a task of its own (instant for the real dataset; at 100,000 facts
    // this keeps each task short), then the tabs themselves, which read what was prepared.
    let isCancelled = false
    const prepareTabs = async () => {
      await warmFigureRows(data, () => isCancelled)
      for (const load of Object.values(tabPreparers)) {
        const steps = await load().catch(() => []) // a chunk that fails to load fails again in its boundary
        for (const step of steps) {
          if (isCancelled) return
          try {
            step(data)
          } catch {
            // A tab that cannot select says so in its own boundary when it is built.
          }
          await nextTask()
        }
      }
      if (!isCancelled) setVisited((current) => [...current, ...tabs.filter((tab) => !current.includes(tab))])
    }
    const cancel = whenIdle(() => void prepareTabs(), 2000)
    return () => {
      isCancelled = true
      cancel()
    }
  }, [data])

  // A background tab sees the view it would open with (its own defaults, the reader's language and
  // theme), built once per such setting, so it does not re-render as the front tab's filters change.
  const { lang, theme, mode, display, host } = view
  const backgroundViews = useMemo(() => {
    const base = { ...defaultView, lang, theme, mode, display, host }
    return new Map(tabs.map((tab) => [tab, withTab(base, tab)]))
  }, [lang, theme, mode, display, host])
  // The front tab at its defaults gets the very object it had in the background, so a switch to it
  // (or back from it) does not re-render the tab: only which tab shows changes.
  const frontBackground = backgroundViews.get(view.tab)
  const frontView = frontBackground && serializeView(frontBackground) === serializeView(view) ? frontBackground : view
  const viewFor = (tab: Tab) => (tab === view.tab ? frontView : (backgroundViews.get(tab) ?? view))

  return visited.map((tab) => {
    const TabComponent = tabComponents[tab]
    const isFront = tab === view.tab
    // An opened tab in the background keeps its drawing but skips rendering (content-visibility:
    // hidden keeps its layout for when it returns). A tab reached for but never shown is laid out,
    // unseen, at its real width, so its charts measure themselves as they will be seen. Both are
    // inert (out of the focus order) and hidden from assistive technology. Only slides care which
    // tab is in front (to fit it): elsewhere charts are told nothing, so leaving or entering a tab
    // re-renders none of them.
    const isOpened = opened.includes(tab)
    const isDrawnAhead = !isOpened && reachedFor.includes(tab)
    return (
      <Activity key={tab} mode={isOpened || isDrawnAhead ? 'visible' : 'hidden'}>
        <div
          className={isFront ? 'contents' : isDrawnAhead ? DRAWN_AHEAD_CLASS : 'background-tab'}
          inert={!isFront}
          aria-hidden={isFront ? undefined : true}
        >
          <FrontTabContext value={isFront || mode !== 'present'}>
            <TabBoundary tab={tab}>
              <TabComponent data={data} view={viewFor(tab)} setView={setView} />
            </TabBoundary>
          </FrontTabContext>
        </div>
      </Activity>
    )
  })
}

function TabBoundary({ tab, children }: { tab: Tab; children: React.ReactNode }) {
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
