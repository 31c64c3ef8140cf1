// @vitest-environment node
import { en as firstView } from '@/i18n/en'
import { enAll as en, enOnDemand } from '@/i18n/en-on-demand'
import { zhCN } from '@/i18n/zh-CN'

const placeholders = (message: string) => new Set([...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => name))
const keys = Object.keys(en) as (keyof typeof en)[]

describe('the zh-CN catalog', () => {
  it('has every English key, and no key English lacks', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...keys].sort())
  })

  it('translates every key with a non-empty message', () => {
    for (const key of keys) {
      const message: unknown = (zhCN as Record<string, unknown>)[key]
      expect.soft(typeof message === 'string' && message.trim() !== '', key).toBe(true)
    }
  })

  it('keeps every placeholder of each English message', () => {
    for (const key of keys) expect.soft(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]))
  })
})

describe('the English catalog', () => {
  it('is split in two, the first view’s strings and those loaded on demand, with no key in both', () => {
    const shared = Object.keys(firstView).filter((key) => key in enOnDemand)
    expect(shared).toEqual([])
    expect(Object.keys(firstView).length + Object.keys(enOnDemand).length).toBe(keys.length)
  })

  it('has no empty message', () => {
    for (const key of keys) expect(en[key].trim(), key).not.toBe('')
  })

  it('gives every plural message (a key.other) its singular form too', () => {
    for (const key of keys) {
      if (key.endsWith('.other')) expect.soft(keys, key).toContain(key.replace(/\.other$/, '.one'))
    }
  })
})
