import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '@/app/app'
import { datasetQuery } from '@/data/dataset-query'
import '@/styles/app.css'

/** How long the prerendered page may wait for the dataset before the app takes over anyway. */
const PRERENDER_WAIT_MS = 5000

const queryClient = new QueryClient()
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

// index.html may carry the default view, prerendered at build time (src/prerender). React's first
// render replaces it: when it is on screen, that render waits for the dataset, so the real figures
// replace their own image in one frame instead of a loading skeleton flashing between the two.
// (No top-level await: it would keep lazily loaded chunks from sharing this one's modules.)
const showsPrerender =
  container.hasAttribute('data-prerendered') && !document.documentElement.hasAttribute('data-prerender')
const ready = showsPrerender
  ? Promise.race([
      queryClient.prefetchQuery(datasetQuery),
      new Promise((resolve) => setTimeout(resolve, PRERENDER_WAIT_MS)),
    ])
  : Promise.resolve()
void ready.then(() => render(container))

function render(root: HTMLElement) {
  // Synchronously, so the prerendered page is gone and the guard's mark lifted in the same frame.
  flushSync(() =>
    createRoot(root).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  )
  root.removeAttribute('data-prerendered')
  document.documentElement.removeAttribute('data-prerender')
}
