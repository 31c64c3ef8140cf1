import type { ReactNode } from 'react'
import type { Dataset } from '@/data/schema'
import type { FigureRow } from '@/data/select-figures'
import { useI18n } from '@/i18n/i18n'
import { EmptyState } from '@/ui/empty-state'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { hasControls, hasIntro, isChartShown } from '@/view-state/view-shape'
import { HeadlineFigures } from '@/charts/headline-figures'
import { TabFilters, type FilterSpec } from '@/charts/tab-filters'
import { WhereFiguresAre } from '@/charts/where-figures-are'
import { SpotlightContext } from '@/charts/spotlight'

type TabPageProps = {
  data: Dataset
  view: View
  setView: SetView
  id: string
  title: string
  /** A sentence or two of context, after the figures. */
  lead: string
  headlines: FigureRow[]
  headlinesTitle: string
  filters: FilterSpec[]
  /** How many of the tab's figures and items the filters leave, and out of how many. */
  shown: number
  total: number
  /** The tab's charts and lists, shown while the filters leave something. */
  children: ReactNode
  /** What the tab shows whatever the filters leave. */
  footer?: ReactNode
}

/**
 * How every tab reads: its title, then its answer (the headline figures, on the first screen of a
 * phone as of a desk), the context, the filters, then the charts, or where the figures are when the
 * filters leave none here. On a phone the title is for assistive technology only: the tab chosen
 * above says it. A slide or an embed of one part shows that part alone.
 */
export function TabPage({ data, view, setView, id, title, lead, headlines, headlinesTitle, ...props }: TabPageProps) {
  const i18n = useI18n()
  const isWhole = hasIntro(view)
  return (
    <SpotlightContext value={view.spotlight}>
      <div className="flex flex-col gap-3 sm:gap-5">
        {isWhole && (
          <h2 id={id} className="text-2xl font-bold max-sm:sr-only">
            {title}
          </h2>
        )}
        {isChartShown(view, 'headlines') && headlines.length > 0 && (
          <HeadlineFigures id={`${id}-headlines`} title={headlinesTitle} rows={headlines} />
        )}
        {isWhole && <p className="max-w-3xl">{lead}</p>}
        {hasControls(view) && (
          <TabFilters view={view} setView={setView} shown={props.shown} total={props.total} filters={props.filters} />
        )}
        {props.shown === 0 ? (
          <EmptyState title={i18n.t('chart.empty')}>
            <WhereFiguresAre data={data} view={view} />
          </EmptyState>
        ) : (
          props.children
        )}
        {props.footer}
      </div>
    </SpotlightContext>
  )
}
