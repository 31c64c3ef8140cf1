// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { findQuoteProblems } from '@/data/find-quote-problems'
import { loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'

const article = readFileSync(resolve(import.meta.dirname, '../../data/article.txt'), 'utf8')
const notInArticle = 'a sentence the article never says'

describe('findQuoteProblems', () => {
  it('finds every quote of the real dataset in the article', () => {
    expect(findQuoteProblems(loadDataset(), article)).toEqual([])
  })

  it('reports a fact quote that is not in the article, by path, quoting its start', () => {
    const data = loadDataset()
    const index = data.facts.findIndex((fact) => fact.kind === 'reported')
    const fact = must(data.facts[index], 'a reported fact')
    if (fact.kind !== 'reported') throw new Error('the fixture has no reported fact')
    fact.quote = notInArticle
    expect(findQuoteProblems(data, article)).toEqual([
      {
        path: `facts[${index}].quote`,
        keys: ['facts', index, 'quote'],
        message: `expected a verbatim substring of the article (data/article.txt), found "${notInArticle}"`,
      },
    ])
  })

  it('reports a paraphrase: a quote with one word changed is not verbatim', () => {
    const data = loadDataset()
    const fact = must(data.facts[0], 'a fact')
    if (fact.kind !== 'reported' && fact.kind !== 'target') throw new Error('facts[0] is expected to be stated')
    fact.quote = fact.quote.replace(/\w+/, 'paraphrased')
    expect(findQuoteProblems(data, article).map((problem) => problem.path)).toEqual(['facts[0].quote'])
  })

  it('reports a list quote and a list item quote that are not in the article', () => {
    const data = loadDataset()
    const listIndex = data.lists.findIndex((list) => list.items.some((item) => item.quote !== undefined))
    const list = must(data.lists[listIndex], 'a list with item quotes')
    const itemIndex = list.items.findIndex((item) => item.quote !== undefined)
    list.quote = notInArticle
    must(list.items[itemIndex], 'an item with a quote').quote = notInArticle
    expect(findQuoteProblems(data, article).map((problem) => problem.path)).toEqual([
      `lists[${listIndex}].quote`,
      `lists[${listIndex}].items[${itemIndex}].quote`,
    ])
  })

  it('does not look for context quotes in the article: they quote other pages', () => {
    const data = loadDataset()
    const context = data.facts.find((fact) => fact.kind === 'context')
    if (context?.kind !== 'context') throw new Error('the fixture has no context fact')
    context.source.quote = notInArticle
    expect(findQuoteProblems(data, article)).toEqual([])
  })
})
