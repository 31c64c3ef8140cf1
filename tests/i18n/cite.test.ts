// @vitest-environment node
import { formatCitationEnglish, formatCitationGbt, todayIso } from '@/i18n/cite'
import { formatDate } from '@/i18n/format'
import { loadDataset } from '../fixtures/dataset'

const { meta } = loadDataset()
const input = {
  siteName: 'Dashboard',
  viewTitle: 'NEV ecosystem',
  url: 'https://example.org/app/?tab=nev',
  accessed: '2024-02-29',
  meta,
}

describe('formatCitationEnglish', () => {
  it('names the view, the conference day, the article and the day accessed', () => {
    const citation = formatCitationEnglish(input)
    for (const part of [
      input.siteName,
      `“${input.viewTitle}”`,
      formatDate(meta.event.date, 'en'),
      meta.article.publisher,
      meta.article.title,
      meta.article.author,
      input.url,
      `accessed ${formatDate(input.accessed, 'en')}`,
    ]) {
      expect(citation).toContain(part)
    }
  })
})

describe('formatCitationGbt', () => {
  it('cites the view as an online resource and the article as online news, with the day cited', () => {
    const [view, article] = formatCitationGbt(input).split('\n')
    expect(view).toMatch(/^\[1\] /)
    expect(view).toContain(`${input.viewTitle}[EB/OL]`)
    expect(view).toContain(`[${input.accessed}]`)
    expect(view).toContain(input.url)
    expect(article).toMatch(/^\[2\] /)
    expect(article).toContain(`${meta.article.title}[N/OL]`)
    expect(article).toContain(`(${meta.article.date})[${input.accessed}]`)
    expect(article).toContain(meta.article.url)
  })
})

describe('todayIso', () => {
  it('gives the reader’s calendar day, zero-padded', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05')
    expect(todayIso(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31')
  })
})
