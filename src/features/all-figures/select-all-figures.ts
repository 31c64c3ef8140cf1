import type { Dataset, FactKind, LocalText, Note, Topic } from '@/data/schema'
import { countBy, indexDataset, matchesAny, toFigureRow, type FigureRow } from '@/data/select-figures'
import { toListRow, type ListRow } from '@/data/select-lists'
import { factKinds, units } from '@/data/vocabulary'
import { formatFigure, localeTags } from '@/i18n/format'
import { topicTabs } from '@/view-state/topic-tabs'
import { withTab } from '@/view-state/use-view-state'
import { tabs, type Filters, type Locale, type SortColumn, type Tab, type View } from '@/view-state/view'

type Name = { en: string; zh?: string | undefined }

/** A row of either table, a figure or a named list, with what the tables show, filter and sort by. */
type Common = {
  id: string
  label: LocalText
  kind: FactKind
  topic: Topic
  /** The tab that shows it. */
  tab: Tab
  region: LocalText
  speakerId: string | null
  /** Who it is owed to: its speaker, or a context figure's publisher. */
  who: Name | null
  notes: Note[]
  /** Folded text in both languages, for the text filter. */
  text: string
}
export type FactEntry = Common & { type: 'fact'; row: FigureRow }
export type ListEntry = Common & { type: 'list'; row: ListRow }
export type Entry = FactEntry | ListEntry

type AllFiguresFilters = Pick<Filters, 'kind' | 'speaker' | 'topic' | 'q' | 'sort'>

/** Lower case and NFKC (full-width forms folded), as the text filter compares. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase()
const both = (text: Name | null | undefined) => (text ? `${text.en}\n${text.zh ?? ''}` : '')

const entries = new WeakMap<Dataset, Entry[]>()

/** Every fact, then every named list, in the dataset's order: built once per dataset. */
export function selectEntries(data: Dataset): Entry[] {
  let built = entries.get(data)
  if (built) return built
  const index = indexDataset(data)
  const common = (id: string, label: LocalText, topic: Topic, notes: Note[], words: string[]) => ({
    id,
    label,
    topic,
    tab: topicTabs[topic],
    notes,
    text: fold([id, both(label), ...words, ...notes.map((note) => both(note.title))].join('\n')),
  })
  const facts = data.facts.map((fact): FactEntry => {
    const row = toFigureRow(fact, index)
    const speaker = row.speakerId === null ? undefined : index.speakers.get(row.speakerId)
    const who = row.source.kind === 'context' ? row.source.publisher : (speaker?.name ?? null)
    const quote = 'quote' in row.source ? row.source.quote : both(row.source.formula)
    return {
      type: 'fact',
      row,
      kind: row.kind,
      region: row.region,
      speakerId: row.speakerId,
      who,
      ...common(fact.id, row.label, fact.topic, row.notes, [
        formatFigure(row, 'en'),
        formatFigure(row, 'zh'),
        both(row.period),
        both(row.region),
        both(who),
        quote,
      ]),
    }
  })
  const lists = data.lists.map((list): ListEntry => {
    const row = toListRow(list, index)
    return {
      type: 'list',
      row,
      kind: list.kind,
      region: row.region,
      speakerId: list.speaker,
      who: row.speaker.name,
      ...common(list.id, row.label, list.topic, row.notes, [
        ...list.items.map((item) => both(item.label)),
        both(row.region),
        both(row.speaker.name),
        list.quote,
      ]),
    }
  })
  built = [...facts, ...lists]
  entries.set(data, built)
  return built
}

function matches(entry: Entry, filters: AllFiguresFilters, ignore?: 'kind' | 'speaker' | 'topic') {
  return (
    (ignore === 'kind' || matchesAny(filters.kind, entry.kind)) &&
    (ignore === 'speaker' || filters.speaker === null || entry.speakerId === filters.speaker) &&
    (ignore === 'topic' || matchesAny(filters.topic, entry.topic)) &&
    (filters.q === null || entry.text.includes(fold(filters.q)))
  )
}

/**
 * The figures and lists the filters leave, sorted as the view says, and how many each choice of a
 * filter would leave given the others.
 */
export function selectAllFigures(data: Dataset, filters: AllFiguresFilters, locale: Locale) {
  const all = selectEntries(data)
  const shown = sortEntries(
    all.filter((entry) => matches(entry, filters)),
    filters.sort,
    locale,
  )
  const countOf = <K extends string>(ignore: 'kind' | 'speaker' | 'topic', keysOf: (entry: Entry) => K[]) =>
    countBy(
      all.filter((entry) => matches(entry, filters, ignore)),
      keysOf,
    )
  return {
    facts: shown.filter((entry): entry is FactEntry => entry.type === 'fact'),
    lists: shown.filter((entry): entry is ListEntry => entry.type === 'list'),
    shown: shown.length,
    total: all.length,
    kindCounts: countOf('kind', (entry) => [entry.kind]),
    speakerCounts: countOf('speaker', (entry) => (entry.speakerId ? [entry.speakerId] : [])),
    topicCounts: countOf('topic', (entry) => [entry.topic]),
  }
}

/** A sort as the URL writes it: `value`, or `value:desc`. */
export function parseSort(sort: string | null): { column: SortColumn; isDescending: boolean } | null {
  if (sort === null) return null
  const [column, direction] = sort.split(':')
  return { column: column as SortColumn, isDescending: direction === 'desc' }
}

/** A column heading's click: ascending, then descending, then the dataset's order again. */
export function nextSort(sort: string | null, column: SortColumn): string | null {
  if (sort === column) return `${column}:desc`
  return sort === `${column}:desc` ? null : column
}

type SortKey = (string | number)[] | null

/**
 * What a column sorts by. Values sort within their unit (yuan with yuan, percent with percent), a
 * list by how many items it names; periods by their first year. Rows a column says nothing of
 * (a list's period, a figure without notes) go last either way.
 */
function sortKeyOf(entry: Entry, column: SortColumn, locale: Locale): SortKey {
  const local = (text: LocalText) => text[locale]
  switch (column) {
    case 'label':
      return [local(entry.label)]
    case 'value':
      return entry.type === 'fact'
        ? [units.indexOf(entry.row.unit), entry.row.value]
        : [units.length, entry.row.list.items.length]
    case 'kind':
      return [factKinds.indexOf(entry.kind)]
    case 'period': {
      if (entry.type === 'list') return null
      const year = /\d{4}/.exec(entry.row.period.en)
      return [year ? Number(year[0]) : Number.MAX_SAFE_INTEGER, local(entry.row.period)]
    }
    case 'region':
      return [local(entry.region)]
    case 'speaker':
      return entry.who ? [locale === 'zh' && entry.who.zh ? entry.who.zh : entry.who.en] : null
    case 'tab':
      return [tabs.indexOf(entry.tab)]
    case 'notes':
      return entry.notes.length > 0 ? [entry.notes.map((note) => local(note.title)).join('\n')] : null
  }
}

/** Sorted by the view's column, ties and an unsorted view in the dataset's order. */
export function sortEntries<T extends Entry>(rows: T[], sort: string | null, locale: Locale): T[] {
  const parsed = parseSort(sort)
  if (!parsed) return rows
  const collator = new Intl.Collator(localeTags[locale], { numeric: true })
  const direction = parsed.isDescending ? -1 : 1
  const compareKeys = (a: (string | number)[], b: (string | number)[]) => {
    for (let i = 0; i < a.length; i++) {
      const x = a[i] ?? ''
      const y = b[i] ?? ''
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
      if (order !== 0) return order
    }
    return 0
  }
  return rows
    .map((row) => ({ row, key: sortKeyOf(row, parsed.column, locale) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1
      return direction * compareKeys(a.key, b.key)
    })
    .map(({ row }) => row)
}

/** A figure's own view: its tab, with its source panel open. */
export const entryView = (view: View, entry: Entry): View => ({ ...withTab(view, entry.tab), source: entry.id })
