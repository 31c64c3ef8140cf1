import { selectSource } from '@/data/select-source'
import { figureSentence } from '@/charts/figure-sentence'
import { en } from '@/i18n/en'
import { createI18n } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { datasetWith, loadDataset } from '../fixtures/dataset'
import { must } from '../fixtures/must'

const data = loadDataset()
const english = createI18n('en', en)
const chinese = createI18n('zh', zhCN)
const URL = 'https://intranet.example/cq/?tab=nev&source=nev-suppliers'
const sentence = (id: string, i18n = english, dataset = data) =>
  figureSentence(must(selectSource(dataset, id), id), dataset.meta, i18n, URL)

describe('figureSentence', () => {
  it('says the figure with its qualifier, what it counts, area, period, speaker, role, event, date and link', () => {
    expect(sentence('nev-suppliers').text).toBe(
      'Supporting suppliers at all levels: more than 1,600 enterprises (Sichuan and Chongqing, as of January 2023), ' +
        'said Xu Lin (Member, CPPCC Chongqing Municipal Committee; CTO, SERES Group) at ' +
        `“Press conference: Creating an Important Growth Pole for Chongqing's High-quality Development”, 13 January 2023: ${URL}`,
    )
  })

  it('writes it in Chinese on a Chinese page', () => {
    const { text } = sentence('nev-suppliers', chinese)
    expect(text).toContain('各级配套商：超过1600家（川渝')
    expect(text).toContain('许林（重庆市政协委员，赛力斯集团股份有限公司首席技术官）于2023年1月13日')
    expect(text.endsWith(URL)).toBe(true)
  })

  it('says a target, a derived figure and a context figure are what they are', () => {
    expect(sentence('trade-target-2027').text).toContain('a target set by Fan Lixin')
    expect(sentence('trade-target-2027-vs-2022').text).toMatch(/derived by this dashboard from figures stated at/)
    expect(sentence('cq-gdp-2022').text).toMatch(/context from .+, not stated at the conference/)
  })

  it('gives a list its items', () => {
    expect(sentence('liangjiang-clusters-list').text).toMatch(/^Liangjiang .+: .+, .+\(.+\), said Li Jie/)
  })

  it('escapes every dataset string in the HTML, and links the view', () => {
    const hostile = datasetWith('facts[8].label.en', '<img src=x onerror=alert(1)> & "suppliers"') as typeof data
    const { html, text } = sentence('nev-suppliers', english, hostile)
    expect(text).toContain('<img src=x onerror=alert(1)> & "suppliers"')
    expect(html).not.toContain('<img')
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;suppliers&#34;')
    expect(html).toContain(`<a href="${URL.replaceAll('&', '&#38;')}">`)
  })
})
