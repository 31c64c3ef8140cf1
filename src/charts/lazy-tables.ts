import { lazy } from 'react'

// Tables are the other way to read a chart, asked for with "Show as: Table": their code loads then.
export const FigureTable = lazy(() => import('@/charts/figure-table').then((m) => ({ default: m.FigureTable })))
