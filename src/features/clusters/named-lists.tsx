import type { ListRow } from '@/data/select-lists'
import { useI18n } from '@/i18n/i18n'
import { DataNotes } from '@/charts/data-notes'
import { KindSwatch } from '@/charts/kind-swatch'
import { QuoteDisclosure } from '@/charts/source-details'

/** The lists the article names, item by item, each with its speaker and quote. */
export function NamedLists({ rows }: { rows: ListRow[] }) {
  const i18n = useI18n()
  if (rows.length === 0) return null
  return (
    <section aria-labelledby="clusters-lists" className="flex flex-col gap-3">
      <h2 id="clusters-lists" className="text-xl font-semibold">
        {i18n.t('clusters.lists')}
      </h2>
      <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2">
        {rows.map((row) => (
          <li
            key={row.id}
            className="skip-offscreen [--offscreen-height:15rem] flex min-w-0 flex-col gap-2 rounded-lg border border-line-soft bg-raised p-4"
          >
            <h3 className="font-semibold">{i18n.local(row.label)}</h3>
            <p className="flex flex-wrap items-center gap-x-2 text-sm text-ink-muted">
              <span className="inline-flex items-center gap-1.5 text-ink">
                <KindSwatch kind={row.list.kind} />
                {i18n.t(`kind.${row.list.kind}`)}
              </span>
              <span>{row.list.tier ? i18n.t(`tier.${row.list.tier}`) : i18n.t('tier.none')}</span>
              <span>· {i18n.local(row.region)}</span>
              <span>· {i18n.name(row.speaker.name)}</span>
            </p>
            <ul className="flex flex-wrap gap-1.5">
              {row.list.items.map((item) => (
                <li key={item.id} className="rounded-full bg-sunken px-2.5 py-0.5 text-sm">
                  {i18n.local(item.label)}
                </li>
              ))}
              {row.list.isOpenEnded && (
                <li className="px-1 text-sm italic text-ink-muted">{i18n.t('clusters.openEnded')}</li>
              )}
            </ul>
            <QuoteDisclosure source={row.source} />
            <DataNotes notes={row.notes} />
          </li>
        ))}
      </ul>
    </section>
  )
}
