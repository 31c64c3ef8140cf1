import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '@/app/app'
import { datasetQuery } from '@/data/dataset-query'
import { datasetFingerprint } from '@/data/dataset-fingerprint'
import { parseDataset } from '@/data/parse-dataset'

/**
 * The default view (Overview, English, the system's theme) as HTML, rendered by the app's own
 * components from the dataset file's text, with that file's fingerprint: index.html carries both,
 * so the first paint shows the real figures, first chart included, before any script has run, and
 * the app takes the page over in place when it fetches the same file. Throws, listing every
 * problem, when the dataset is invalid.
 */
export function renderDefaultView(datasetText: string): { html: string; fingerprint: string } {
  const fingerprint = datasetFingerprint(datasetText)
  const queryClient = new QueryClient()
  queryClient.setQueryData(datasetQuery.queryKey, { dataset: parseDataset(JSON.parse(datasetText)), fingerprint })
  // The same tree as main.tsx renders, so the browser's first render hydrates this HTML as it is.
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  )
  return { html, fingerprint }
}
