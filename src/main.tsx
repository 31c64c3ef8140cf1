import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '@/app/app'
import { datasetQuery } from '@/data/dataset-query'
import { isBuiltFrom, setDatasetCheckedAtBuild } from '@/data/checked-at-build'
import { afterFirstChart } from '@/charts/draw-turns'
import { areLaterPartsLoaded, laterPartsLoaded, loadLaterParts, markLaterPartsLate } from '@/app/hydrate-later'
import { holdEarlyInput } from '@/app/early-input'
import { currentView, gateViewChanges } from '@/view-state/use-view-state'
import '@/styles/app.css'

/** How long the prerendered page may wait for the dataset before the app takes over anyway. */
const PRERENDER_WAIT_MS = 5000
/** When the parts around the charts load, after the takeover, if no chart has been drawn by then. */
const LATER_PARTS_BY_MS = 3000
/** How long after the takeover changes of view wait for those parts before they are late. */
const EARLY_INPUT_WAIT_MS = 5000
/** Says whether React took the prerendered page over (true) or drew it from scratch (false). */
let settleTakeover: (isHydrated: boolean) => void = () => {}

const queryClient = new QueryClient()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// index.html may carry the default view, prerendered at build time (src/prerender), with the
// fingerprint of the dataset it was made from. When it is on screen and the dataset fetched is that
// same file, React takes the page over in place (hydration): its first render, made once the dataset
// is in, is the same page, so React keeps the DOM it finds. (Charts draw after, in the box kept
// for them; on a narrow screen that box then grows, below the first screen.) Otherwise (another view
// asked for, a dataset replaced since the build, no dataset in time) React draws from scratch.
// (No top-level await: it would keep lazily loaded chunks from sharing this one's modules.)
const prerenderedFrom = container.getAttribute('data-prerendered')
setDatasetCheckedAtBuild(prerenderedFrom)
const showsPrerender = prerenderedFrom !== null && !document.documentElement.hasAttribute('data-prerender')
const loadParts = () => void loadLaterParts().catch(() => {}) // a part that cannot load says so (App)
const datasetFetched = queryClient.prefetchQuery(datasetQuery)
let ready: Promise<unknown>
let earlyInput: ReturnType<typeof holdEarlyInput> | null = null
if (showsPrerender) {
  // The chart first: the code of the parts around it (hydrate-later.tsx) loads once it is drawn, or
  // as soon as the reader reaches for the page. Input before then waits for it (early-input.ts):
  // made once React has taken the page over and the code is in, or dropped (clicks) if the page
  // is drawn from scratch instead.
  const tookOver = new Promise<boolean>((resolve) => (settleTakeover = resolve))
  const partsReady = tookOver.then((isHydrated) => isHydrated && laterPartsLoaded)
  const input = holdEarlyInput(container, { load: loadLaterParts, ready: partsReady })
  // A change to or from presenting goes through at once: the parts are not on a slide.
  gateViewChanges((apply, next) => input.holdChange(apply, next.mode !== 'app' || currentView().mode !== 'app'))
  earlyInput = input
  afterFirstChart(loadParts)
  ready = Promise.race([datasetFetched, new Promise((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS))])
} else {
  ready = Promise.resolve() // drawn from scratch: start() asks for the parts and waits for them
}
void ready.then(() => start(container))

function start(root: HTMLElement) {
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  )
  // Only with the prerender on screen, and the dataset in from the file it was made from, does
  // React take the page over in place.
  if (showsPrerender && isBuiltFrom(queryClient.getQueryData(datasetQuery.queryKey))) {
    hydrateRoot(root, app)
    root.removeAttribute('data-prerendered')
    settleTakeover(true)
    setTimeout(loadParts, LATER_PARTS_BY_MS)
    // The code is late: say so, and let changes of view through (the parts wait in place).
    setTimeout(() => {
      if (areLaterPartsLoaded()) return
      markLaterPartsLate()
      earlyInput?.stall()
    }, EARLY_INPUT_WAIT_MS)
    return
  }
  // Drawn from scratch, the page needs the parts at once, so nothing appears late around the chart.
  loadParts()
  void laterPartsLoaded.then(() => {
    // Synchronously, so a prerendered page is gone and the guard's mark lifted in the same frame.
    flushSync(() => createRoot(root).render(app))
    document.documentElement.removeAttribute('data-prerender')
    root.removeAttribute('data-prerendered')
    // Clicks on the prerendered page were held until now, and are dropped: it is gone. (Changes
    // of view held meanwhile are made; the page drawn reads them from the address.)
    settleTakeover(false)
  })
}
