// The dataset's closed vocabularies. The schema checks a dataset against them; the views use them to
// name filters and order things. Kept apart from the schema, so the first view has them without
// the validation library (which loads only to check a dataset the build did not).

export const qualifiers = ['more than', 'over', 'exceed', 'nearly', 'about', 'reach'] as const
export const factKinds = ['reported', 'target', 'derived', 'context'] as const
export const units = [
  'yuan',
  'usd',
  'yuan-per-usd',
  'vehicles',
  'enterprises',
  'percent',
  'km2',
  'clusters',
  'parks',
  'members',
  'proposals',
] as const
/** Where a figure belongs in the dashboard; the tabs choose topics, the dataset never names tabs. */
export const topics = [
  'event',
  'industry',
  'trade',
  'electronics',
  'nev',
  'finance',
  'liangjiang',
  'science-city',
] as const
export const tiers = [
  'trillion-level',
  'hundred-billion-level',
  'ten-billion-level',
  'characteristic',
  'emerging',
  'new-field',
  'key-field',
] as const
export const listCategories = ['cluster', 'field', 'product', 'proposal', 'centre', 'platform', 'park'] as const
export const derivationMethods = ['ratio', 'percent', 'difference', 'percent-change', 'cagr'] as const

export type Qualifier = (typeof qualifiers)[number]
export type FactKind = (typeof factKinds)[number]
export type Unit = (typeof units)[number]
export type Topic = (typeof topics)[number]
export type Tier = (typeof tiers)[number]
export type ListCategory = (typeof listCategories)[number]
