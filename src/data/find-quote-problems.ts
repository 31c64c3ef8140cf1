import type { PathKey, Problem } from '@/data/dataset-error'
import { problemAt, quoted } from '@/data/describe-issue'
import type { DatasetParts } from '@/data/find-reference-problems'

/**
 * Every quote attributed to the conference must be a verbatim substring of the article: no
 * paraphrase, no silent correction. Context facts and Chinese originals quote other pages, which
 * the schema checks for a URL instead.
 */
export function findQuoteProblems(
  parts: Pick<DatasetParts, 'facts' | 'lists' | 'statements'>,
  article: string,
): Problem[] {
  const problems: Problem[] = []
  const check = (quote: string | undefined, keys: PathKey[]) => {
    if (quote !== undefined && !article.includes(quote)) {
      problems.push(problemAt(keys, 'a verbatim substring of the article (data/article.txt)', quoted(quote, 80)))
    }
  }
  parts.facts.forEach((fact, i) => {
    if (fact?.kind === 'reported' || fact?.kind === 'target') check(fact.quote, ['facts', i, 'quote'])
  })
  parts.lists.forEach((list, i) => {
    if (!list) return
    check(list.quote, ['lists', i, 'quote'])
    list.items.forEach((item, j) => check(item.quote, ['lists', i, 'items', j, 'quote']))
  })
  parts.statements.forEach((statement, i) => check(statement?.quote, ['statements', i, 'quote']))
  return problems
}
