import { en } from '../../../src/i18n/en.ts'
import type { Catalog } from '../../../src/i18n/en.ts'
import { zhCN } from '../../../src/i18n/zh-CN.ts'
import type { Lang } from '../fixtures.ts'

/** The app's own strings, so the suite finds controls by the names a reader sees in either language. */
export const catalogs: Record<Lang, Catalog> = { en, zh: zhCN }

/** A checkbox or radio label as the filters write it: the choice, then its count in brackets. */
export const choiceName = (choice: string) => new RegExp(`^${choice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(|$)`)
