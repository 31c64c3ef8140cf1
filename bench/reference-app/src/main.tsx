// The smallest honest app on the dashboard's stack, the yardstick for its byte and time budgets:
// React 19, TanStack Query fetching a JSON file, one Recharts bar chart. Keep it this small.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { Bar, BarChart, Tooltip, XAxis, YAxis } from 'recharts'

type Row = { name: string; value: number }

async function fetchRows(): Promise<Row[]> {
  const response = await fetch('./data.json')
  if (!response.ok) throw new Error(`data.json: HTTP ${response.status}`)
  return (await response.json()) as Row[]
}

function Chart() {
  const { data, error } = useQuery({ queryKey: ['rows'], queryFn: fetchRows })
  if (error) return <p>{error.message}</p>
  if (!data) return <p>Loading…</p>
  return (
    <BarChart width={640} height={320} data={data} title="Trade, billion yuan">
      <XAxis dataKey="name" />
      <YAxis />
      <Tooltip />
      <Bar dataKey="value" fill="#2563eb" />
    </BarChart>
  )
}

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <h1>Trade, billion yuan</h1>
      <Chart />
    </QueryClientProvider>
  </StrictMode>,
)
