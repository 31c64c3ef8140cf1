import type { Dataset } from '@/data/schema'
import type { FigureRow, Original } from '@/data/select-figures'
import { selectSource, type SourceTarget } from '@/data/select-source'
import { formatDate, formatFigure } from '@/i18n/format'
import { punctuation, useI18n } from '@/i18n/i18n'
import { DataNotes } from '@/charts/data-notes'
import { KindSwatch } from '@/charts/kind-swatch'
import { SafeLink } from '@/charts/safe-link'
import { SourceDetails } from '@/charts/source-details'
import { Dialog } from '@/ui/dialog'
import { ViewLink } from '@/view-state/view-link'
import { CopyFigureButton } from '@/charts/copy-figure-button'
import { figureSentence } from '@/charts/figure-sentence'
import { useViewState, viewUrl } from '@/view-state/use-view-state'

/**
 * Everything behind one figure: the verbatim quote, who said it and where, the article, the data
 * notes, and for a derived or context figure how it was made or where it is from.
 */
export function SourcePanel({ data, id, onClose }: { data: Dataset; id: string; onClose: () => void }) {
  const i18n = useI18n()
  const target = selectSource(data, id)
  if (!target) return null
  const { meta } = data

  return (
    <Dialog title={i18n.local(target.row.label)} closeLabel={i18n.t('dialog.close')} onClose={onClose}>
      <TargetSummary target={target} />
      <section className="flex flex-col gap-1.5">
        <h3 className="font-semibold">{i18n.t('source.heading')}</h3>
        <SourceDetails source={target.row.source} />
      </section>
      {target.kind === 'fact' && target.row.original && (
        <OriginalSource original={target.row.original} unit={target.row.unit} />
      )}
      {target.kind === 'fact' && target.inputs.length > 0 && (
        <section className="flex flex-col gap-1.5">
          <h3 className="font-semibold">{i18n.t('source.inputs')}</h3>
          <ul className="flex flex-col gap-1 text-sm">
            {target.inputs.map((input) => (
              <li key={input.id}>
                <ViewLink to={(view) => ({ ...view, source: input.id })}>{i18n.local(input.label)}</ViewLink>:{' '}
                {formatFigure(input, i18n.locale)} ({i18n.t(`kind.${input.kind}`)})
              </li>
            ))}
          </ul>
        </section>
      )}
      {target.row.source.kind !== 'context' && (
        <section className="flex flex-col gap-1 text-sm">
          <h3 className="text-base font-semibold">{i18n.t('source.event')}</h3>
          <p>
            {i18n.local(meta.event.name)}, {i18n.local(meta.event.setting)}, {formatDate(meta.event.date, i18n.locale)}
          </p>
          <p>
            {i18n.t('source.article', {
              title: meta.article.title,
              publisher: meta.article.publisher,
              date: formatDate(meta.article.date, i18n.locale),
            })}{' '}
            <SafeLink href={meta.article.url}>{i18n.t('source.openPage')}</SafeLink>
          </p>
        </section>
      )}
      <DataNotes notes={target.row.notes} isOpen />
      <p className="rounded-md bg-sunken px-3 py-2 text-sm">
        {i18n.t('app.asOf', { date: formatDate(meta.asOf, i18n.locale) })}
      </p>
      <FigureSentence target={target} meta={meta} />
    </Dialog>
  )
}

/**
 * The figure as one sentence with its source and the link to this view, shown to read or select,
 * and one button that copies it.
 */
function FigureSentence({ target, meta }: { target: SourceTarget; meta: Dataset['meta'] }) {
  const i18n = useI18n()
  const { view } = useViewState()
  const sentence = figureSentence(target, meta, i18n, viewUrl({ ...view, mode: 'app' }))
  return (
    <section className="flex flex-col gap-1.5">
      <h3 className="font-semibold">{i18n.t('copyFigure.heading')}</h3>
      <p className="break-words rounded-md border border-line-soft bg-sunken p-2.5 text-sm">{sentence.text}</p>
      <div>
        <CopyFigureButton size="sm" target={target} to={(current) => current} label={i18n.t('copyFigure.labelLong')} />
      </div>
    </section>
  )
}

function TargetSummary({ target }: { target: SourceTarget }) {
  const i18n = useI18n()
  const kind = target.kind === 'list' ? target.row.list.kind : target.row.kind
  return (
    <div className="flex flex-col gap-1">
      {target.kind === 'fact' && (
        <p className="text-2xl font-bold tabular-nums">{formatFigure(target.row, i18n.locale)}</p>
      )}
      {target.kind === 'list' && (
        <p>{target.row.list.items.map((item) => i18n.local(item.label)).join(punctuation[i18n.locale].list)}</p>
      )}
      <p className="flex flex-wrap items-center gap-x-2 text-sm">
        <span className="inline-flex items-center gap-1.5">
          <KindSwatch kind={kind} />
          {i18n.t(`kind.${kind}`)}: {i18n.t(`kind.${kind}.hint`)}
        </span>
        {target.kind !== 'list' && (
          <span className="text-ink-muted">
            {i18n.local(target.row.period)} · {i18n.local(target.row.region)}
          </span>
        )}
      </p>
    </div>
  )
}

/** The Chinese original of a figure the English article reports: its words, its figure where that differs, its page. */
function OriginalSource({ original, unit }: { original: Original; unit: FigureRow['unit'] }) {
  const i18n = useI18n()
  return (
    <section className="flex flex-col gap-1.5">
      <h3 className="font-semibold">{i18n.t('source.original')}</h3>
      <blockquote className="border-l-3 border-line-soft pl-3" lang="zh-CN">
        {original.quote}
      </blockquote>
      {original.value !== undefined && (
        <p className="text-sm">
          {i18n.t('source.originalFigure', {
            figure: formatFigure({ value: original.value, unit, qualifier: original.qualifier }, i18n.locale),
          })}
        </p>
      )}
      <p className="text-sm text-ink-muted">
        — {i18n.local(original.publisher)}: <SafeLink href={original.url}>{i18n.t('source.openPage')}</SafeLink>
      </p>
    </section>
  )
}
