import type { StatementRow } from '@/data/select-figures'
import { useI18n } from '@/i18n/i18n'
import { CardSourceButton } from '@/charts/card-source-button'
import { KindSwatch } from '@/charts/kind-swatch'
import { DataNotes } from '@/charts/data-notes'
import { sourceText } from '@/charts/source-text'

/** A claim without a number, in words: never a bar, with who made it and its quote one click away. */
export function StatementCard({ row }: { row: StatementRow }) {
  const i18n = useI18n()
  return (
    <article className="flex min-w-0 flex-col gap-2 rounded-lg border border-line-soft bg-raised p-4">
      <p className="font-medium">{i18n.local(row.label)}</p>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="inline-flex items-center gap-1.5">
          <KindSwatch kind={row.kind} />
          {i18n.t(`kind.${row.kind}`)}
        </span>
        <span className="text-ink-muted">
          {i18n.local(row.period)} · {i18n.local(row.region)} · {sourceText(row, i18n)}
        </span>
      </p>
      <CardSourceButton id={row.id} label={row.label} />
      <DataNotes notes={row.notes} />
    </article>
  )
}
