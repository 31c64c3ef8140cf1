import * as v from 'valibot'
import { derivationMethods, listCategories, qualifiers, tiers, topics, units } from '@/data/vocabulary'

// The dataset's only definition: every TypeScript type in the app is inferred from here, and
// data/dataset.schema.json (for editors) is generated from it by `npm run gen-schema`.
// Valibot rather than zod: a schema this size costs about 5 kB gzip instead of ~15 kB.
//
// Each validation message names what is expected, as a noun phrase ("a date written YYYY-MM-DD"):
// describe-issue.ts writes it as "expected <message>, found <value>". Descriptions are for editors:
// they show on hover in data/dataset.json.

// Limits keep a hand-edited or hostile file from freezing the page: a label is a line, a quote a
// few sentences, a note a paragraph. Each is several times the longest in the real dataset.
const LIMITS = { label: 300, quote: 2000, paragraph: 4000 } as const
const textOf = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('some text'), v.maxLength(max, `at most ${max} characters`))
const text = textOf(LIMITS.label)
const quote = textOf(LIMITS.quote)
const id = v.pipe(
  v.string(),
  v.maxLength(100, 'at most 100 characters'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id: a-z, 0-9 and single hyphens'),
)
const isoDate = v.pipe(v.string(), v.isoDate('a date written YYYY-MM-DD'))
const webUrl = v.pipe(
  v.string(),
  v.maxLength(LIMITS.quote, `at most ${LIMITS.quote} characters`),
  v.url('a URL'),
  v.regex(/^https?:\/\//, 'a URL starting with http:// or https://'),
)
const amount = v.pipe(v.number(), v.finite('a finite number'))
const qualifier = v.pipe(
  v.picklist(qualifiers),
  v.description('The word before the number, kept as worded: "more than 1,600" is "more than", 超 is "over".'),
)

/** Text in both languages the app speaks. */
export const localTextSchema = v.strictObject({
  en: v.pipe(text, v.description('English.')),
  zh: v.pipe(text, v.description('Simplified Chinese, written for a government reader, not translated word by word.')),
})
const localParagraphSchema = v.strictObject({ en: textOf(LIMITS.paragraph), zh: textOf(LIMITS.paragraph) })
const period = (description: string) => v.pipe(localTextSchema, v.description(description))

/** A public page: where it is and who published it, in both languages. */
const pageSchema = {
  url: webUrl,
  publisher: localTextSchema,
}

/**
 * A proper name. The Chinese form is given only where a public page confirms it, and that page
 * comes with it (`zhSource`); otherwise the romanised name is shown in both languages.
 */
const nameSchema = v.strictObject({
  en: v.pipe(text, v.description('The name as romanised in the article.')),
  zh: v.optional(v.pipe(text, v.description('The name in Chinese characters, only with zhSource.'))),
  zhSource: v.optional(
    v.pipe(
      v.strictObject({
        ...pageSchema,
        quote: v.pipe(quote, v.description('The sentence of that page that gives the name, verbatim.')),
      }),
      v.description('The public page that confirms the Chinese name.'),
    ),
  ),
})

export const speakerSchema = v.strictObject({
  id,
  name: nameSchema,
  role: localParagraphSchema,
})

export const regionSchema = v.strictObject({
  id,
  label: localTextSchema,
})

/** Who said it, in the article's own words: required of every figure and list from the conference. */
const statedSchema = {
  speaker: v.pipe(id, v.description('The id of a speaker in "speakers".')),
  quote: v.pipe(
    quote,
    v.description('The article’s words, verbatim: validate-data checks it is a substring of data/article.txt.'),
  ),
}

const factCommon = {
  id,
  label: localTextSchema,
  value: v.pipe(amount, v.description('In base units: 2.7 million is 2700000, 28% is 28.')),
  unit: v.picklist(units),
  qualifier: v.optional(qualifier),
  period: period('When the figure holds: "2022", "By 2027", "January–November 2022".'),
  region: v.pipe(id, v.description('The id of a region in "regions".')),
  topic: v.pipe(v.picklist(topics), v.description('What it is about; decides the tab that shows it.')),
  isHeadline: v.optional(v.pipe(v.boolean(), v.description('Shown as a card on the Overview.'))),
  notes: v.optional(v.pipe(v.array(id), v.description('Ids of notes that stand beside it.'))),
}

/**
 * The same statement in the Chinese original, where the dataset knows it: its sentence and page, and
 * its figure where that differs from the English article's (the article's "over RMB 70 billion" is
 * 年产值超7000亿元 in the original).
 */
const originalSchema = v.strictObject({
  ...pageSchema,
  quote: v.pipe(quote, v.description('The sentence of the Chinese original, verbatim.')),
  value: v.optional(
    v.pipe(amount, v.description('The original’s figure, in the fact’s unit: only where it differs from "value".')),
  ),
  qualifier: v.optional(qualifier),
})

const statedFactSchema = v.strictObject({
  ...factCommon,
  kind: v.picklist(['reported', 'target']),
  ...statedSchema,
  original: v.optional(originalSchema),
})

const derivedFactSchema = v.strictObject({
  ...factCommon,
  kind: v.literal('derived'),
  derivation: v.strictObject({
    method: v.picklist(derivationMethods),
    inputs: v.pipe(
      v.array(id),
      v.minLength(1, 'at least one input'),
      v.description('Fact ids, in the order the method reads them: ratio = a ÷ b, difference = a − b.'),
    ),
    years: v.optional(
      v.pipe(
        v.number(),
        v.integer('a whole number of years'),
        v.minValue(1, 'at least 1'),
        v.description('Years between the inputs, for a compound annual growth rate (cagr).'),
      ),
    ),
    significantFigures: v.pipe(
      v.number(),
      v.integer('a whole number'),
      v.minValue(1, 'at least 1'),
      v.maxValue(15, 'at most 15'),
      v.description(
        'The value is the method’s result rounded to this many significant figures, no more than its least ' +
          'precise input has; validate-data recomputes it.',
      ),
    ),
    formula: localParagraphSchema,
  }),
})

const contextFactSchema = v.strictObject({
  ...factCommon,
  kind: v.literal('context'),
  source: v.strictObject({
    ...pageSchema,
    quote: v.pipe(quote, v.description('The sentence the figure comes from, in the language of the page.')),
  }),
})

export const factSchema = v.variant('kind', [statedFactSchema, derivedFactSchema, contextFactSchema])

const listItemSchema = v.strictObject({
  id: v.pipe(id, v.description('Unique within its list; the same id in two lists means the same industry or place.')),
  label: localTextSchema,
  quote: v.optional(v.pipe(text, v.description('A sentence of its own, where the item has one.'))),
})

/** A named list from the article: clusters, fields, centres, platforms, parks. */
export const listSchema = v.strictObject({
  id,
  label: localTextSchema,
  category: v.picklist(listCategories),
  tier: v.optional(v.picklist(tiers)),
  proposal: v.optional(
    v.pipe(id, v.description('For the finance lists: the id of the proposal (an item of a "proposal" list) served.')),
  ),
  kind: v.picklist(['reported', 'target']),
  region: id,
  topic: v.picklist(topics),
  isOpenEnded: v.pipe(v.boolean(), v.description('"such as", "including": the article names examples, not all.')),
  ...statedSchema,
  items: v.pipe(v.array(listItemSchema), v.minLength(1, 'at least one item')),
  notes: v.optional(v.array(id)),
})

/** A claim the article makes without a number ("ranked among the top citywide"): shown as text, never as a bar. */
export const statementSchema = v.strictObject({
  id,
  text: v.pipe(localParagraphSchema, v.description('The claim in plain words, as a sentence in each language.')),
  kind: v.picklist(['reported', 'target']),
  speaker: v.optional(
    v.pipe(
      id,
      v.description('The id of a speaker in "speakers"; left out where the article says it in its own words.'),
    ),
  ),
  quote: statedSchema.quote,
  region: id,
  topic: v.picklist(topics),
  period: period('When the claim holds.'),
  notes: v.optional(v.array(id)),
})

export const noteSchema = v.strictObject({
  id,
  severity: v.picklist(['inconsistency', 'ambiguity']),
  title: localTextSchema,
  audience: v.pipe(
    localTextSchema,
    v.description(
      'The note in a sentence or two for an audience, shown on slides and handouts: what the article says and what else reads differently, in plain words.',
    ),
  ),
  body: localParagraphSchema,
  appliesTo: v.pipe(
    v.array(id),
    v.minLength(1, 'at least one fact, list or statement'),
    v.description('Ids of the facts, lists and statements the note stands beside.'),
  ),
  sources: v.optional(v.array(v.strictObject({ url: webUrl, label: localTextSchema }))),
})

export const metaSchema = v.strictObject({
  title: localTextSchema,
  asOf: v.pipe(isoDate, v.description('The day the figures were stated: the dataset is a snapshot of that day.')),
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
  $schema: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(LIMITS.label, `at most ${LIMITS.label} characters`),
      v.description('The JSON Schema editors check this file against: "./dataset.schema.json".'),
    ),
  ),
  schemaVersion: v.literal(1),
  meta: metaSchema,
  speakers: v.pipe(v.array(speakerSchema), v.minLength(1, 'at least one speaker')),
  regions: v.pipe(v.array(regionSchema), v.minLength(1, 'at least one region')),
  facts: v.pipe(v.array(factSchema), v.description('Figures: reported, target, derived or context.')),
  lists: v.array(listSchema),
  statements: v.pipe(v.array(statementSchema), v.description('Claims without a number, shown as text.')),
  notes: v.pipe(v.array(noteSchema), v.description('The article’s inconsistencies and ambiguities.')),
})

export type Dataset = v.InferOutput<typeof datasetSchema>
export type LocalText = v.InferOutput<typeof localTextSchema>
export type Speaker = Dataset['speakers'][number]
export type Region = Dataset['regions'][number]
export type Fact = v.InferOutput<typeof factSchema>
export type DerivedFact = v.InferOutput<typeof derivedFactSchema>
export type FactList = v.InferOutput<typeof listSchema>
export type ListItem = FactList['items'][number]
export type Statement = v.InferOutput<typeof statementSchema>
export type Note = v.InferOutput<typeof noteSchema>

export type { FactKind, Qualifier, Topic, Unit } from '@/data/vocabulary'
