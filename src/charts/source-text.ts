import type { FigureRow } from '@/data/select-figures'
import type { I18n } from '@/i18n/i18n'

/** Who a figure is from, in a few words: the speaker, the outside publisher, or how it was derived. */
export function sourceText(row: Pick<FigureRow, 'source'>, i18n: I18n): string {
  switch (row.source.kind) {
    case 'stated':
      return i18n.name(row.source.speaker.name)
    case 'context':
      return i18n.local(row.source.publisher)
    case 'derived':
      return i18n.t('source.derived', { formula: i18n.local(row.source.formula) })
    case 'article':
      return i18n.t('source.byArticle')
  }
}
