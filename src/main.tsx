import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '@/app/app'
import { datasetQuery } from '@/data/dataset-query'
import '@/styles/app.css'

const queryClient = new QueryClient()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
)

// index.html carries the default view, prerendered at build time from the dataset whose fingerprint
// it names (src/prerender). When that view is asked for (an address without a query) and the dataset
// fetched is that same file, React takes the page over in place. Otherwise (another view: the guard
// script has hidden the prerender; a dataset replaced since the build; a failed fetch) React draws
// from scratch.
const prerenderedFrom = container.getAttribute('data-prerendered')
const isPrerenderShown = prerenderedFrom !== null && window.location.search === ''
if (isPrerenderShown) {
  queryClient.fetchQuery(datasetQuery).then(
    ({ fingerprint }) => (fingerprint === prerenderedFrom ? hydrateRoot(container, app) : drawFromScratch(container)),
    () => drawFromScratch(container),
  )
} else {
  drawFromScratch(container)
}

function drawFromScratch(root: HTMLElement) {
  root.replaceChildren()
  // Synchronously: the prerendered page goes and the app comes in one frame.
  flushSync(() => createRoot(root).render(app))
  document.documentElement.removeAttribute('data-prerender')
  root.removeAttribute('data-prerendered')
}
