import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App } from '@/app/app'
import { datasetQuery } from '@/data/dataset-query'
import { parseDataset } from '@/data/parse-dataset'
import { provideLaterParts } from '@/app/hydrate-later'
import * as laterParts from '@/app/later-parts'

// At build time the whole page is rendered, the parts around the charts included.
provideLaterParts(laterParts)

/**
 * The default view (Overview, English, the system's theme) as HTML, rendered by the app's own
 * components from the dataset as built. index.html carries it, so the first paint shows the real
 * figures before any script has run.
 */
export function renderDefaultView(datasetJson: unknown): string {
  const queryClient = new QueryClient()
  queryClient.setQueryData(datasetQuery.queryKey, parseDataset(datasetJson))
  // The same tree as main.tsx renders, so the browser's first render hydrates this HTML as it is.
  return renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  )
}
