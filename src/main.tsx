import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '@/app/app'
import { datasetQuery } from '@/data/dataset-query'
import { isBuiltFrom, setDatasetCheckedAtBuild } from '@/data/checked-at-build'
import '@/styles/app.css'

/** How long the prerendered page may wait for the dataset before the app takes over anyway. */
const PRERENDER_WAIT_MS = 5000

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
const ready = showsPrerender
  ? Promise.race([
      queryClient.prefetchQuery(datasetQuery),
      new Promise((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS)),
    ])
  : Promise.resolve()
void ready.then(() => start(container))

function start(root: HTMLElement) {
  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>
  )
  // The dataset is in the cache here only if it was awaited, that is, with the prerender on screen.
  if (isBuiltFrom(queryClient.getQueryData(datasetQuery.queryKey))) {
    hydrateRoot(root, app)
  } else {
    // Synchronously, so a prerendered page is gone and the guard's mark lifted in the same frame.
    flushSync(() => createRoot(root).render(app))
    document.documentElement.removeAttribute('data-prerender')
  }
  root.removeAttribute('data-prerendered')
}
