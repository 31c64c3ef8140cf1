import { figureParts } from '@/i18n/format'
import { useI18n, type I18n } from '@/i18n/i18n'
import { KindSwatch } from '@/charts/kind-swatch'
import { cx } from '@/ui/class-names'
import type { Field, FinderEntry, FinderSearch } from '@/features/finder/finder-index'
import { highlightSegments, snippetSegments, type Segment } from '@/features/finder/highlight'
import { findTerm, foldText, normalizeText } from '@/features/finder/search-text'

/** Text with its matches marked: slices of the dataset's text as React text, never as HTML. */
function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.isMatch ? (
      <mark key={index} className="rounded-sm bg-note px-px text-note-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  )
}

const contains = (text: string, term: string, isPrefix: boolean) =>
  !!findTerm(foldText(text), term, isPrefix) || !!findTerm(normalizeText(text), term, isPrefix)

/** The first field that matched a term the result's own lines do not show: a quote, the other language, a role. */
function unshownField(entry: FinderEntry, search: FinderSearch, shown: string[]): Field | null {
  const { terms, isPrefix } = search
  for (const [t, term] of terms.entries()) {
    const prefix = isPrefix && t === terms.length - 1
    if (shown.some((text) => contains(text, term, prefix))) continue
    const field = entry.fields.find(
      (candidate) => !shown.includes(candidate.text) && contains(candidate.text, term, prefix),
    )
    if (field) return field
  }
  return null
}

function fieldName(field: Field, i18n: I18n): string {
  if (field.name === 'label' || field.name === 'figure') return i18n.t(`finder.field.label.${field.lang ?? 'en'}`)
  return i18n.t(`finder.field.${field.name}`)
}

type FinderResultProps = {
  id: string
  entry: FinderEntry
  search: FinderSearch
  isActive: boolean
  onOpen: () => void
}

/** One result: what it is called and its figure as the page writes them, who said it, its kind and tab. */
export function FinderResult({ id, entry, search, isActive, onOpen }: FinderResultProps) {
  const i18n = useI18n()
  const title = i18n.local(entry.title)
  const parts = entry.row ? figureParts(entry.row, i18n.locale) : null
  const speaker = entry.type === 'speaker' ? null : entry.speaker ? i18n.name(entry.speaker.name) : null
  const type =
    entry.type === 'fact'
      ? null
      : entry.type === 'item' && entry.listTitle
        ? i18n.t('finder.type.item', { list: i18n.local(entry.listTitle) })
        : entry.type === 'item'
          ? null
          : i18n.t(`finder.type.${entry.type}`)
  const shown = [title, parts?.qualifier ?? '', parts?.value ?? '', speaker ?? ''].filter(Boolean)
  const extra = unshownField(entry, search, shown)
  return (
    // The field keeps focus and its keys choose (aria-activedescendant); a click chooses too.
    <li
      id={id}
      role="option"
      aria-selected={isActive}
      onClick={onOpen}
      className={cx(
        'flex cursor-pointer flex-col gap-0.5 rounded-md border px-3 py-2 text-sm',
        isActive ? 'border-accent bg-accent-soft' : 'border-transparent hover:bg-sunken',
      )}
    >
      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span className="min-w-0 font-medium">
          <Marked segments={highlightSegments(title, search)} />
        </span>
        {parts && (
          <span className="font-bold tabular-nums">
            {parts.qualifier && (
              <>
                <Marked segments={highlightSegments(parts.qualifier, search)} />
                {i18n.locale === 'en' && ' '}
              </>
            )}
            <Marked segments={highlightSegments(parts.value, search)} />
          </span>
        )}
      </span>
      <span className="flex flex-wrap items-center gap-x-1.5 text-xs text-ink-muted">
        {entry.kind && (
          <span className="inline-flex items-center gap-1">
            <KindSwatch kind={entry.kind} />
            {i18n.t(`kind.${entry.kind}`)}
          </span>
        )}
        {type && <span>{type}</span>}
        {speaker && (
          <span>
            · <Marked segments={highlightSegments(speaker, search)} />
          </span>
        )}
        <span>· {i18n.t(`tab.${entry.tab}`)}</span>
      </span>
      {extra && (
        <span className="text-xs">
          <span className="text-ink-muted">
            {fieldName(extra, i18n)}
            {i18n.locale === 'zh' ? '：' : ': '}
          </span>
          <span lang={extra.lang === 'zh' ? 'zh-CN' : extra.lang === 'en' ? 'en' : undefined}>
            <Marked segments={snippetSegments(extra.text, search)} />
          </span>
        </span>
      )}
    </li>
  )
}
