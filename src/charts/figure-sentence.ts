import type { Dataset } from '@/data/schema'
import type { SourceTarget } from '@/data/select-source'
import { formatDate, formatFigure } from '@/i18n/format'
import { punctuation, type I18n } from '@/i18n/i18n'

type Meta = Dataset['meta']

// An English period that opens with a word ("As of January 2023", "By 2027") reads inside a
// sentence in lower case; one that opens with a name or a number ("January 2023") stays.
const inSentence = (period: string) => period.replace(/^(As of|By|Annual|Target)\b/, (word) => word.toLowerCase())

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** A template's {names} filled in, each value passed through `write` (escaping, for HTML). */
function fill(template: string, params: Record<string, string>, write: (name: string, value: string) => string) {
  return template.replace(/\{(\w+)\}|[^{]+|\{/g, (match, name: string | undefined) =>
    name !== undefined && name in params ? write(name, params[name] ?? '') : write('', match),
  )
}

/**
 * One sentence that carries a figure away with its source, in the page's language: what it is and
 * its value as worded (qualifier kept), area and period, who said it with their role, the event and
 * its date, and the link to its view. A derived or context figure says it is one. Plain text, and
 * HTML with the link as a link, every dataset string escaped.
 */
export function figureSentence(
  target: SourceTarget,
  meta: Meta,
  i18n: I18n,
  url: string,
): { text: string; html: string } {
  const { colon, list } = punctuation[i18n.locale]
  const comma = i18n.locale === 'zh' ? '，' : ', '
  const label = i18n.local(target.row.label)
  const what =
    target.kind === 'fact'
      ? `${label}${colon}${formatFigure(target.row, i18n.locale)}`
      : target.kind === 'list'
        ? `${label}${colon}${target.row.list.items.map((item) => i18n.local(item.label)).join(list)}`
        : label
  const where = [
    i18n.local(target.row.region),
    ...(target.kind === 'list' ? [] : [i18n.locale === 'en' ? inSentence(target.row.period.en) : target.row.period.zh]),
  ].join(comma)
  const source = target.row.source
  const kind = target.kind === 'list' ? target.row.list.kind : target.row.kind
  const params: Record<string, string> = {
    what,
    where,
    event: i18n.local(meta.event.name),
    date: formatDate(meta.event.date, i18n.locale),
    url,
  }
  let template: string
  if (source.kind === 'stated') {
    params.speaker = i18n.name(source.speaker.name)
    params.role = i18n.local(source.speaker.role)
    template = i18n.t(kind === 'target' ? 'copyFigure.target' : 'copyFigure.stated')
  } else if (source.kind === 'derived') {
    params.formula = i18n.local(source.formula)
    template = i18n.t('copyFigure.derived')
  } else if (source.kind === 'context') {
    params.publisher = i18n.local(source.publisher)
    template = i18n.t('copyFigure.context')
  } else {
    template = i18n.t('copyFigure.article')
  }
  return {
    text: fill(template, params, (_name, value) => value),
    html: fill(template, params, (name, value) =>
      name === 'url' ? `<a href="${escapeHtml(value)}">${escapeHtml(value)}</a>` : escapeHtml(value),
    ),
  }
}
