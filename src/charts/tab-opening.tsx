import type { FigureRow } from '@/data/select-figures'
import { HeadlineFigures } from '@/charts/headline-figures'

type TabOpeningProps = {
  id: string
  title: string
  /** A sentence or two of context, after the figures. */
  lead: string
  headlines: FigureRow[]
  headlinesTitle: string
  /** The title and lead: the whole tab, outside presenter mode. */
  hasIntro: boolean
  hasHeadlines: boolean
}

/**
 * How every tab opens: its title, then its answer (the headline figures, on the first screen of a
 * phone as of a desk), then the context, before the filters and the charts. On a phone the title
 * is for assistive technology only: the tab chosen above says it.
 */
export function TabOpening({ id, title, lead, headlines, headlinesTitle, hasIntro, hasHeadlines }: TabOpeningProps) {
  return (
    <>
      {hasIntro && (
        <h2 id={id} className="text-2xl font-bold max-sm:sr-only">
          {title}
        </h2>
      )}
      {hasHeadlines && headlines.length > 0 && (
        <HeadlineFigures id={`${id}-headlines`} title={headlinesTitle} rows={headlines} />
      )}
      {hasIntro && <p className="max-w-3xl">{lead}</p>}
    </>
  )
}
