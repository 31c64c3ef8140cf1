import type { Dataset, FactKind, LocalText, Speaker } from '@/data/schema'
import { indexDataset, toFigureRow, toStatementRow, type FigureRow } from '@/data/select-figures'
import { en } from '@/i18n/en'
import { formatFigure } from '@/i18n/format'
import { zhCN } from '@/i18n/zh-CN'
import { chartOfFact } from '@/view-state/charted-facts'
import { topicTabs } from '@/view-state/topic-tabs'
import type { Tab } from '@/view-state/view'
import { findTerm, foldText, normalizeText, plainDigits, toTerms } from '@/features/finder/search-text'

type EntryType = 'fact' | 'list' | 'item' | 'statement' | 'note' | 'speaker'

/** Which text of an entry matched, to show it where the result's own lines do not. */
type FieldName = 'label' | 'figure' | 'speaker' | 'quote' | 'original' | 'role' | 'context' | 'note'

export type Field = { name: FieldName; text: string; lang: 'en' | 'zh' | null }

/** One thing the finder can find, with where it leads and the text it is found by. */
export type FinderEntry = {
  key: string
  type: EntryType
  title: LocalText
  kind: FactKind | null
  /** The view it opens: its tab, with this source panel open or this speaker chosen. */
  tab: Tab
  source: string | null
  /** For a fact a chart draws: its id, to go to that chart with it in the spotlight. */
  spotlight: string | null
  speakerFilter: string | null
  speaker: Speaker | null
  /** For a fact: the row the page draws it from. */
  row: FigureRow | null
  /** For a list item: the list it is in. */
  listTitle: LocalText | null
  fields: Field[]
  /** What it is mostly found by (its label, figure, speaker) and the rest (quotes, notes, roles), folded and normalised. */
  primary: string
  secondary: string
}

const isPrimary = (name: FieldName) => name === 'label' || name === 'figure' || name === 'speaker'
const hasDigit = /\d/

/** A field as searched: folded as written, then with numbers normalised where it has any. */
function haystack(fields: Field[]): string {
  return fields
    .map(({ text }) => {
      const folded = foldText(text)
      return hasDigit.test(folded) ? `${folded}\u0001${normalizeText(text)}` : folded
    })
    .join('\u0002')
}

function both(name: FieldName, text: LocalText | undefined): Field[] {
  return text
    ? [
        { name, text: text.en, lang: 'en' },
        { name, text: text.zh, lang: 'zh' },
      ]
    : []
}

function speakerFields(speaker: Speaker | null | undefined): Field[] {
  if (!speaker) return []
  return [
    { name: 'speaker', text: speaker.name.en, lang: null },
    ...(speaker.name.zh ? [{ name: 'speaker' as const, text: speaker.name.zh, lang: 'zh' as const }] : []),
  ]
}

function entry(base: Omit<FinderEntry, 'primary' | 'secondary'>): FinderEntry {
  return {
    ...base,
    primary: haystack(base.fields.filter((field) => isPrimary(field.name))),
    secondary: haystack(base.fields.filter((field) => !isPrimary(field.name))),
  }
}

const noEntry = { speakerFilter: null, spotlight: null, row: null, listTitle: null } as const

// A tab's name finds what it shows: "新能源" finds the NEV tab's figures, whose labels say 汽车.
const tabNames = (tab: Tab): Field[] => both('context', { en: en[`tab.${tab}`], zh: zhCN[`tab.${tab}`] })

/**
 * Every fact, list, list item, statement, data note and speaker, in both languages: built in the
 * browser from the dataset loaded, once per dataset.
 */
export function buildFinderIndex(data: Dataset): FinderEntry[] {
  const index = indexDataset(data)
  const entries: FinderEntry[] = []
  const tabOf = new Map<string, Tab>()

  for (const fact of data.facts) {
    const row = toFigureRow(fact, index)
    const tab = topicTabs[fact.topic]
    tabOf.set(fact.id, tab)
    const speaker = row.speakerId ? (index.speakers.get(row.speakerId) ?? null) : null
    const figures: LocalText = { en: formatFigure(row, 'en'), zh: formatFigure(row, 'zh') }
    const source = row.source
    entries.push(
      entry({
        ...noEntry,
        key: `fact:${fact.id}`,
        type: 'fact',
        title: fact.label,
        kind: fact.kind,
        tab,
        source: fact.id,
        spotlight: chartOfFact(fact) ? fact.id : null,
        speaker,
        row,
        fields: [
          ...both('label', fact.label),
          ...both('figure', figures),
          { name: 'figure', text: plainDigits(fact.value), lang: null },
          ...speakerFields(speaker),
          ...(source.kind === 'stated' || source.kind === 'context'
            ? [{ name: 'quote' as const, text: source.quote, lang: null }]
            : []),
          ...(row.original ? [{ name: 'original' as const, text: row.original.quote, lang: 'zh' as const }] : []),
          ...(source.kind === 'derived' ? both('context', source.formula) : []),
          ...(source.kind === 'context' ? both('context', source.publisher) : []),
          ...both('context', row.region),
          ...both('context', row.period),
          ...tabNames(tab),
        ],
      }),
    )
  }

  for (const list of data.lists) {
    const tab = topicTabs[list.topic]
    tabOf.set(list.id, tab)
    const speaker = index.speakers.get(list.speaker) ?? null
    const common = { ...noEntry, kind: list.kind, tab, source: list.id, speaker }
    const spoken = [
      ...speakerFields(speaker),
      { name: 'quote' as const, text: list.quote, lang: null },
      ...both('context', index.regions.get(list.region)),
      ...tabNames(tab),
    ]
    entries.push(
      entry({
        ...common,
        key: `list:${list.id}`,
        type: 'list',
        title: list.label,
        fields: [...both('label', list.label), ...spoken],
      }),
    )
    for (const item of list.items) {
      entries.push(
        entry({
          ...common,
          key: `item:${list.id}:${item.id}`,
          type: 'item',
          title: item.label,
          listTitle: list.label,
          fields: [
            ...both('label', item.label),
            ...(item.quote ? [{ name: 'quote' as const, text: item.quote, lang: null }] : []),
            ...both('context', list.label),
            ...spoken,
          ],
        }),
      )
    }
  }

  for (const statement of data.statements) {
    const row = toStatementRow(statement, index)
    const tab = topicTabs[statement.topic]
    tabOf.set(statement.id, tab)
    const speaker = row.source.kind === 'stated' ? row.source.speaker : null
    entries.push(
      entry({
        ...noEntry,
        key: `statement:${statement.id}`,
        type: 'statement',
        title: statement.text,
        kind: statement.kind,
        tab,
        source: statement.id,
        speaker,
        fields: [
          ...both('label', statement.text),
          ...speakerFields(speaker),
          { name: 'quote', text: statement.quote, lang: null },
          ...both('context', row.region),
          ...both('context', row.period),
          ...tabNames(tab),
        ],
      }),
    )
  }

  for (const note of data.notes) {
    // A note opens beside the first figure it stands beside, in that figure's source panel.
    const target = note.appliesTo.find((id) => tabOf.has(id)) ?? null
    entries.push(
      entry({
        ...noEntry,
        key: `note:${note.id}`,
        type: 'note',
        title: note.title,
        kind: null,
        tab: (target ? tabOf.get(target) : undefined) ?? 'overview',
        source: target,
        speaker: null,
        fields: [...both('label', note.title), ...both('note', note.body)],
      }),
    )
  }

  for (const speaker of data.speakers) {
    entries.push(
      entry({
        ...noEntry,
        key: `speaker:${speaker.id}`,
        type: 'speaker',
        title: { en: speaker.name.en, zh: speaker.name.zh ?? speaker.name.en },
        kind: null,
        tab: 'overview',
        source: null,
        speakerFilter: speaker.id,
        speaker,
        fields: [...speakerFields(speaker), ...both('role', speaker.role)],
      }),
    )
  }
  return entries
}

export type FinderSearch = { terms: string[]; isPrefix: boolean }

/** A query as the matcher reads it: its terms, and whether the last is still being typed. */
export function toSearch(query: string): FinderSearch {
  return { terms: toTerms(query), isPrefix: !/\s$/.test(query) }
}

const typeOrder: Record<EntryType, number> = { fact: 0, list: 1, item: 2, statement: 3, speaker: 4, note: 5 }

/**
 * The entries that contain every term, best first: a term in the label, figure or speaker counts
 * more than one in a quote or note, a whole number more than the start of one. A plain scan of
 * precomputed text: at 10,000 facts it takes a few milliseconds (bench/measure-finder.ts).
 */
export function searchFinder(
  entries: readonly FinderEntry[],
  query: string,
  limit = 50,
): { results: FinderEntry[]; total: number; search: FinderSearch } {
  const search = toSearch(query)
  const { terms, isPrefix } = search
  if (terms.length === 0) return { results: [], total: 0, search }
  const scored: { entry: FinderEntry; score: number; order: number }[] = []
  entries.forEach((candidate, order) => {
    let score = 0
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t] ?? ''
      const prefix = isPrefix && t === terms.length - 1
      const inPrimary = findTerm(candidate.primary, term, prefix)
      if (inPrimary) {
        score += inPrimary.isWhole ? 4 : 2
        continue
      }
      const inSecondary = findTerm(candidate.secondary, term, prefix)
      if (!inSecondary) return
      score += inSecondary.isWhole ? 2 : 1
    }
    scored.push({ entry: candidate, score, order })
  })
  scored.sort((a, b) => b.score - a.score || typeOrder[a.entry.type] - typeOrder[b.entry.type] || a.order - b.order)
  return { results: scored.slice(0, limit).map((item) => item.entry), total: scored.length, search }
}
