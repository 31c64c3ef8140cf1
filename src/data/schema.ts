import * as v from 'valibot'
import { derivationMethods, listCategories, qualifiers, tiers, topics, units } from '@/data/vocabulary'

// The dataset's only definition: every TypeScript type in the app is inferred from here.
// Valibot rather than zod: a schema this size costs about 5 kB gzip instead of ~15 kB, and it
// ships readable English messages ("Expected number but received "abc"") without a locale pack.

// Limits keep a hand-edited or hostile file from freezing the page: a label is a line, a quote a
// few sentences, a note a paragraph. Each is several times the longest in the real dataset.
const LIMITS = { label: 300, quote: 2000, paragraph: 4000 } as const
const textOf = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`))
const text = textOf(LIMITS.label)
const quote = textOf(LIMITS.quote)
const id = v.pipe(
  v.string(),
  v.maxLength(100, 'must be at most 100 characters'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: a-z, 0-9 and single hyphens'),
)
const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'))
const webUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.quote, `must be at most ${LIMITS.quote} characters`),
  v.url('must be a URL'),
  v.regex(/^https?:\/\//, 'must start with http:// or https://'),
)

/** Text in both languages the app speaks. */
export const localTextSchema = v.strictObject({ en: text, zh: text })
const localParagraphSchema = v.strictObject({ en: textOf(LIMITS.paragraph), zh: textOf(LIMITS.paragraph) })

/** A proper name: the Chinese form is given only where a public page confirms it. */
const nameSchema = v.strictObject({ en: text, zh: v.optional(text) })

const speakerSchema = v.strictObject({
  id,
  name: nameSchema,
  role: localParagraphSchema,
})

const regionSchema = v.strictObject({
  id,
  label: localTextSchema,
})

/** Who said it, in the article's own words: required of every figure from the conference. */
const statedSchema = {
  speaker: id,
  quote,
}

const factCommon = {
  id,
  label: localTextSchema,
  value: v.pipe(v.number(), v.finite('must be a finite number')),
  unit: v.picklist(units),
  qualifier: v.optional(v.picklist(qualifiers)),
  period: localTextSchema,
  region: id,
  topic: v.picklist(topics),
  /** Shown as a card on the Overview. */
  isHeadline: v.optional(v.boolean()),
  notes: v.optional(v.array(id)),
}

const statedFactSchema = v.strictObject({
  ...factCommon,
  kind: v.picklist(['reported', 'target']),
  ...statedSchema,
})

const derivedFactSchema = v.strictObject({
  ...factCommon,
  kind: v.literal('derived'),
  derivation: v.strictObject({
    method: v.picklist(derivationMethods),
    /** Fact ids, in the order the method reads them: ratio = a / b, difference = a − b, ... */
    inputs: v.pipe(v.array(id), v.minLength(1, 'needs at least one input')),
    /** Years between the inputs, for a compound annual growth rate. */
    years: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    formula: localParagraphSchema,
  }),
})

const outsideSourceSchema = v.strictObject({
  url: webUrl,
  publisher: localTextSchema,
  /** The sentence the figure comes from, in the language of the page. */
  quote,
})

const contextFactSchema = v.strictObject({
  ...factCommon,
  kind: v.literal('context'),
  source: outsideSourceSchema,
})

export const factSchema = v.variant('kind', [statedFactSchema, derivedFactSchema, contextFactSchema])

const listItemSchema = v.strictObject({
  /** Unique within its list; the same id in two lists means the same industry or place. */
  id,
  label: localTextSchema,
  /** A sentence of its own, where the item has one (each finance proposal does). */
  quote: v.optional(text),
})

/** A named list from the article: clusters, fields, centres, platforms, parks. */
export const listSchema = v.strictObject({
  id,
  label: localTextSchema,
  category: v.picklist(listCategories),
  tier: v.optional(v.picklist(tiers)),
  /** For the finance lists: the id of the proposal (an item of a 'proposal' list) they serve. */
  proposal: v.optional(id),
  kind: v.picklist(['reported', 'target']),
  region: id,
  topic: v.picklist(topics),
  /** "such as", "including": the article names examples, not the whole list. */
  isOpenEnded: v.boolean(),
  ...statedSchema,
  items: v.pipe(v.array(listItemSchema), v.minLength(1, 'needs at least one item')),
  notes: v.optional(v.array(id)),
})

export const noteSchema = v.strictObject({
  id,
  severity: v.picklist(['inconsistency', 'ambiguity']),
  title: localTextSchema,
  body: localParagraphSchema,
  /** Ids of the facts and lists the note stands beside. */
  appliesTo: v.pipe(v.array(id), v.minLength(1, 'must apply to at least one fact or list')),
  sources: v.optional(v.array(v.strictObject({ url: webUrl, label: localTextSchema }))),
})

export const metaSchema = v.strictObject({
  title: localTextSchema,
  /** The day the figures were stated: the dataset is a snapshot of that day. */
  asOf: isoDate,
  event: v.strictObject({ name: localTextSchema, date: isoDate, setting: localTextSchema }),
  article: v.strictObject({
    title: text,
    publisher: text,
    author: text,
    date: isoDate,
    url: webUrl,
  }),
})

export const datasetSchema = v.strictObject({
  schemaVersion: v.literal(1),
  meta: metaSchema,
  speakers: v.pipe(v.array(speakerSchema), v.minLength(1)),
  regions: v.pipe(v.array(regionSchema), v.minLength(1)),
  facts: v.array(factSchema),
  lists: v.array(listSchema),
  notes: v.array(noteSchema),
})

export type Dataset = v.InferOutput<typeof datasetSchema>
export type LocalText = v.InferOutput<typeof localTextSchema>
export type Speaker = Dataset['speakers'][number]
export type Fact = v.InferOutput<typeof factSchema>
export type DerivedFact = v.InferOutput<typeof derivedFactSchema>
export type FactList = v.InferOutput<typeof listSchema>
export type ListItem = FactList['items'][number]
export type Note = v.InferOutput<typeof noteSchema>

export type { FactKind, ListCategory, Qualifier, Tier, Topic, Unit } from '@/data/vocabulary'
