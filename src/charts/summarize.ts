import type { FigureRow } from '@/data/select-figures'
import { formatFigure } from '@/i18n/format'
import { punctuation, type I18n } from '@/i18n/i18n'

type Growth = { target: FigureRow; change: FigureRow; cagr: FigureRow | undefined; gap: FigureRow | undefined }

/**
 * What a chart says, as sentences a briefing could quote, in the reader's language: a lead where
 * the tab knows what matters most; what each speaker said; what other public sources give; what
 * is computed here. Screen readers get it as the chart's description; anyone can open it.
 */
export function summarizeFigures(
  title: string,
  rows: FigureRow[],
  i18n: I18n,
  options: { labelOf?: (row: FigureRow) => string; lead?: string | null } = {},
): string {
  if (rows.length === 0) return i18n.t('summary.none', { title })
  const labelOf = options.labelOf ?? ((row: FigureRow) => i18n.local(row.label))
  const items = (group: FigureRow[]) =>
    group
      .map((row) =>
        i18n.t('summary.item', {
          label: labelOf(row),
          period: i18n.local(row.period),
          value: formatFigure(row, i18n.locale),
        }),
      )
      .join(i18n.t('summary.join'))
  const bySpeaker = new Map<string, FigureRow[]>()
  for (const row of rows) {
    if (row.source.kind !== 'stated') continue
    const name = i18n.name(row.source.speaker.name)
    const said = bySpeaker.get(name)
    if (said) said.push(row)
    else bySpeaker.set(name, [row])
  }
  const context = rows.filter((row) => row.kind === 'context')
  const derived = rows.filter((row) => row.kind === 'derived')
  const sentences = [
    options.lead,
    ...[...bySpeaker].map(([speaker, said]) => i18n.t('summary.said', { speaker, items: items(said) })),
    context.length > 0 && i18n.t('summary.context', { items: items(context) }),
    derived.length > 0 && i18n.t('summary.derived', { items: items(derived) }),
  ]
  return sentences.filter(Boolean).join(punctuation[i18n.locale].sentences)
}

/**
 * The trade chart in sentences: 2022's imports and exports from another source, then each 2027
 * target with how much more it asks, in yuan and in percent, and at what yearly rate.
 */
export function summarizeTrade(title: string, rows: FigureRow[], growth: Growth[], i18n: I18n): string {
  const baseline = rows.find((row) => row.kind === 'context')
  if (!baseline || growth.length === 0) return summarizeFigures(title, rows, i18n)
  const words = (row: FigureRow | undefined) => (row ? formatFigure(row, i18n.locale) : '?')
  const speakers = [
    ...new Set(
      growth.flatMap((g) => (g.target.source.kind === 'stated' ? [i18n.name(g.target.source.speaker.name)] : [])),
    ),
  ]
  const sentences = [
    i18n.t('summary.tradeBaseline', {
      value: words(baseline),
      publisher: baseline.source.kind === 'context' ? i18n.local(baseline.source.publisher) : '',
    }),
    i18n.t('summary.tradeTargets', {
      speaker: speakers.join(punctuation[i18n.locale].list),
      targets: growth
        .map((g) =>
          i18n.t('summary.tradeTarget', {
            target: words(g.target),
            gap: words(g.gap),
            change: words(g.change),
            cagr: words(g.cagr),
          }),
        )
        .join(i18n.t('summary.join')),
    }),
  ]
  return sentences.join(punctuation[i18n.locale].sentences)
}
