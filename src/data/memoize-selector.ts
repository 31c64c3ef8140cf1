import type { Dataset } from '@/data/schema'

const KEPT_PER_DATASET = 16

/**
 * A selector that remembers its last results for each dataset, keyed by its other argument: a
 * re-render, a theme switch or a return to a filter already seen costs a lookup, not a pass over
 * every fact. The dataset is replaced, never changed, so its identity is a safe key.
 */
export function memoizeSelector<Arg, Result>(
  select: (data: Dataset, arg: Arg) => Result,
  keyOf: (arg: Arg) => string = (arg) => JSON.stringify(arg) ?? '',
): (data: Dataset, arg: Arg) => Result {
  const caches = new WeakMap<Dataset, Map<string, Result>>()
  return (data, arg) => {
    let cache = caches.get(data)
    if (!cache) {
      cache = new Map()
      caches.set(data, cache)
    }
    const key = keyOf(arg)
    const hit = cache.get(key)
    if (hit !== undefined || cache.has(key)) return hit as Result
    const result = select(data, arg)
    if (cache.size >= KEPT_PER_DATASET) cache.delete(cache.keys().next().value as string)
    cache.set(key, result)
    return result
  }
}

/** A selector of the dataset alone, computed once per dataset. */
export function memoizeByDataset<Result>(select: (data: Dataset) => Result): (data: Dataset) => Result {
  const results = new WeakMap<Dataset, Result>()
  return (data) => {
    if (!results.has(data)) results.set(data, select(data))
    return results.get(data) as Result
  }
}
