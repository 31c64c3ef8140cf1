// @vitest-environment node
import { en } from '@/i18n/en'
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
  it('has no empty message', () => {
    for (const key of keys) expect(en[key].trim(), key).not.toBe('')
  })

  it('gives every plural message (a key.other) its singular form too', () => {
    for (const key of keys) {
      if (key.endsWith('.other')) expect.soft(keys, key).toContain(key.replace(/\.other$/, '.one'))
    }
  })
})
