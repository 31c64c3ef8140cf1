import type { Dataset } from '@/data/schema'
import type { Problem } from '@/data/dataset-error'

/**
 * Every quote attributed to a speaker must be a verbatim substring of the article: no paraphrase,
 * no silent correction. Context facts quote other pages and are checked for a URL by the schema instead.
 */
export function findQuoteProblems(data: Dataset, article: string): Problem[] {
  const problems: Problem[] = []
  const check = (quote: string | undefined, path: string) => {
    if (quote !== undefined && !article.includes(quote)) {
      problems.push({ path, message: `is not a verbatim substring of the article: "${quote.slice(0, 80)}"` })
    }
  }
  data.facts.forEach((fact, i) => {
    if (fact.kind === 'reported' || fact.kind === 'target') check(fact.quote, `facts[${i}].quote`)
  })
  data.lists.forEach((list, i) => {
    check(list.quote, `lists[${i}].quote`)
    list.items.forEach((item, j) => check(item.quote, `lists[${i}].items[${j}].quote`))
  })
  return problems
}
