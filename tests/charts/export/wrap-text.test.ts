// @vitest-environment node
import { wrapText } from '@/charts/export/wrap-text'

// Every character one unit wide, so widths are character counts.
const measure = (text: string) => [...text].length

describe('wrapText', () => {
  it('breaks English between words', () => {
    expect(wrapText('Vehicles produced, Sichuan and Chongqing', 20, measure)).toEqual([
      'Vehicles produced,',
      'Sichuan and',
      'Chongqing',
    ])
  })

  it('keeps lines within the width and loses no word', () => {
    const text = 'Data as of 13 January 2023: statements made at the press conference, not live figures.'
    const lines = wrapText(text, 24, measure)
    expect(lines.every((line) => measure(line) <= 24)).toBe(true)
    expect(lines.join(' ')).toBe(text)
  })

  it('breaks Chinese between characters, and keeps closing punctuation off the start of a line', () => {
    const lines = wrapText('数据截至2023年1月13日：为新闻发布会上的表述，并非实时数据。', 10, measure)
    expect(lines.join('')).toBe('数据截至2023年1月13日：为新闻发布会上的表述，并非实时数据。')
    expect(lines.some((line) => /^[，。：]/.test(line))).toBe(false)
  })

  it('breaks a link after a slash or before ? and &', () => {
    const lines = wrapText(
      'https://intranet.example/dashboards/chongqing/?tab=clusters&chart=by-tier&lang=zh',
      32,
      measure,
    )
    expect(lines).toEqual([
      'https://intranet.example/',
      'dashboards/chongqing/',
      '?tab=clusters&chart=by-tier',
      '&lang=zh',
    ])
  })

  it('breaks a word wider than the line, such as a link, between characters', () => {
    const url = 'https://intranet.example/dashboards/chongqing/?tab=nev&chart=output'
    const lines = wrapText(`Link: ${url}`, 20, measure)
    expect(lines.every((line) => measure(line) <= 20)).toBe(true)
    expect(lines.slice(1).join('')).toBe(url)
  })

  it('collapses runs of white space and gives no lines for none', () => {
    expect(wrapText('  a   b  ', 10, measure)).toEqual(['a b'])
    expect(wrapText('', 10, measure)).toEqual([])
  })
})
