import {
  Activity,
  lazy,
  memo,
  startTransition,
  Suspense,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ComponentType,
} from 'react'
import { warmFigureRows } from '@/data/select-figures'
import { DeferredI18n, useI18n } from '@/i18n/i18n'
import {
  BACKGROUND_TAB_CLASS,
  DRAWN_AHEAD_CLASS,
  FrontTabContext,
  MOUNTED_AHEAD_CLASS,
  TAB_BOX_ATTRIBUTE,
} from '@/charts/front-tab'
import { drawWaitingCharts } from '@/charts/draw-turns'
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
 * instead of building it then. A tab never opened is built at low priority in React's Activity,
 * hidden, once the browser is idle after the first view; then it is mounted out of sight, laid out
 * and measured, with its first chart set up but nothing drawn (charts cost memory). A tab the
 * reader reaches for (the pointer resting on it, a press) has its first chart drawn out of sight,
 * so the click that follows only shows it. Once opened, a tab stays drawn when the reader leaves
 * it, only hidden, so going back to it is a change of style, not a redraw. Each tab has its own
 * error boundary, so a broken tab leaves the others working.
 */
export function TabContent({ data, view, setView }: TabProps) {
  const { lang, theme, mode, display, host } = view
  // The front tab first; once the browser is idle after it, the others join in the background,
  // where React builds them at low priority, so a first visit finds its tab already made.
  const [visited, setVisited] = useState<Tab[]>([view.tab])
  if (!visited.includes(view.tab)) setVisited([...visited, view.tab])
  const [opened, setOpened] = useState<Tab[]>([view.tab])
  if (!opened.includes(view.tab)) setOpened([...opened, view.tab])
  // A tab the reader reaches for is drawn out of sight, at low priority: a mouse rests on a tab a
  // few hundred ms before it clicks, and a press lasts about a hundred, so by the click its first
  // chart is drawn and the click only shows it (its other charts draw after, in turns: drawn
  // ahead, they would hold up a click that came while they drew). A click that comes first goes
  // ahead: React renders it first, and the charts of the tab shown draw before those drawn ahead.
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

  const [isBuilt, setIsBuilt] = useState(false)
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
      if (isCancelled) return
      setVisited((current) => [...current, ...tabs.filter((tab) => !current.includes(tab))])
      setIsBuilt(true)
    }
    const cancel = whenIdle(() => void prepareTabs(), 2000)
    return () => {
      isCancelled = true
      cancel()
    }
  }, [data])

  // Then each tab neither opened nor reached for is mounted, one per idle moment, out of sight:
  // laid out at its real width, its effects run, its charts measured, its first chart set up
  // (draw-turns.ts). Its first visit then shows it and draws its charts, no more: the click that
  // opens it no longer lays it out from scratch, nor makes the Recharts store of its first chart.
  // Each mount is a task of its own, only when the browser is idle (it has no deadline). Not in an
  // embed, whose reader does not switch tabs (its host may, and waits as before); nor where the
  // browser cannot skip a subtree's rendering (content-visibility), as a tab out of sight needs.
  const [mountedAhead, setMountedAhead] = useState<Tab[]>([])
  useEffect(() => {
    if (!isBuilt || mode === 'embed' || !canSkipRendering()) return
    const next = tabs.find((tab) => ![opened, reachedFor, mountedAhead].some((list) => list.includes(tab)))
    if (!next) return
    return whenIdle(() => startTransition(() => setMountedAhead((current) => [...current, next])), 10_000)
  }, [isBuilt, mode, opened, reachedFor, mountedAhead])
  // Showing a tab, or reaching for one, lets its waiting charts draw: the first in this very commit,
  // before the frame that shows the tab.
  useLayoutEffect(() => drawWaitingCharts(), [view.tab, reachedFor])
  // A tab out of sight kept the colours it was last styled with: shown after a change of theme, its
  // buttons would fade from the old colours to the new. For its first frame it has no transitions.
  useLayoutEffect(() => {
    const box = document.querySelector(`[${TAB_BOX_ATTRIBUTE}="${view.tab}"]`)
    box?.setAttribute(JUST_SHOWN_ATTRIBUTE, '')
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => box?.removeAttribute(JUST_SHOWN_ATTRIBUTE))
    })
    return () => {
      cancelAnimationFrame(frame)
      box?.removeAttribute(JUST_SHOWN_ATTRIBUTE)
    }
  }, [view.tab])

  // A background tab sees the view it would open with (its own defaults, the reader's language and
  // theme), built once per such setting, so it does not re-render as the front tab's filters change.
  // When the language, theme or display changes, it follows in a background render after the tab
  // in view (as its strings do: DeferredI18n), so the click redraws only what is seen.
  const backgroundViews = useMemo(() => {
    const base = { ...defaultView, lang, theme, mode, display, host }
    return new Map(tabs.map((tab) => [tab, withTab(base, tab)]))
  }, [lang, theme, mode, display, host])
  const deferredBackgroundViews = useDeferredValue(backgroundViews)
  // The front tab at its defaults gets the very object it had in the background, so a switch to it
  // (or back from it) does not re-render the tab: only which tab shows changes.
  const frontBackground = backgroundViews.get(view.tab)
  const frontView = frontBackground && serializeView(frontBackground) === serializeView(view) ? frontBackground : view
  const viewFor = (tab: Tab) => (tab === view.tab ? frontView : (deferredBackgroundViews.get(tab) ?? view))

  // One box around the tabs, so that those out of sight, which take no room, add no gap either
  // (on a slide, the tab sits in a flex column).
  return (
    <div>
      {visited.map((tab) => {
        const TabComponent = tabComponents[tab]
        const isFront = tab === view.tab
        const standing = isFront
          ? 'front'
          : opened.includes(tab)
            ? 'background'
            : reachedFor.includes(tab)
              ? 'drawn ahead'
              : mountedAhead.includes(tab)
                ? 'mounted ahead'
                : 'built'
        // Every tab but the front one is inert (out of the focus order) and hidden from assistive
        // technology. A tab in the page is a block whichever way it stands, so showing one changes
        // its style, not the boxes it is laid out in. Only slides care which tab is in front (to
        // fit it): elsewhere charts are told nothing, so leaving or entering a tab re-renders none.
        return (
          <Activity key={tab} mode={standing === 'built' ? 'hidden' : 'visible'}>
            <div
              {...{ [TAB_BOX_ATTRIBUTE]: tab }}
              className={standingClass[standing]}
              inert={!isFront}
              aria-hidden={isFront ? undefined : true}
            >
              <FrontTabContext value={isFront || mode !== 'present'}>
                <DeferredI18n isDeferred={!isFront}>
                  <TabBoundary tab={tab}>
                    <TabComponent data={data} view={viewFor(tab)} setView={setView} />
                  </TabBoundary>
                </DeferredI18n>
              </FrontTabContext>
            </div>
          </Activity>
        )
      })}
    </div>
  )
}

/**
 * How each tab is kept. An opened tab in the background keeps its drawing but skips rendering
 * (content-visibility: hidden keeps its layout for when it returns); a tab mounted or drawn ahead
 * is skipped the same way, once laid out by its charts' measures as they mount (its charts are
 * given their size, so one drawn out of sight needs no layout). A tab only built is not in the
 * page at all (Activity hides it).
 */
const standingClass = {
  front: undefined,
  background: BACKGROUND_TAB_CLASS,
  'drawn ahead': DRAWN_AHEAD_CLASS,
  'mounted ahead': MOUNTED_AHEAD_CLASS,
  built: undefined,
} as const

/** Marks a tab's box for its first frame shown (styles/app.css). */
const JUST_SHOWN_ATTRIBUTE = 'data-just-shown'

const canSkipRendering = () =>
  typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('content-visibility', 'hidden')

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
