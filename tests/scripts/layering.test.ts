// @vitest-environment node
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ESLint } from 'eslint'

const root = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: root })

/** The messages `npm run lint` gives a module of src/ written as `text`. */
async function lint(path: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: resolve(root, path) })
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`)
}

describe('the layers of src/, as npm run lint enforces them', () => {
  it('keeps src/ui to itself', async () => {
    const messages = await lint('src/ui/new-primitive.ts', "export type { I18n } from '@/i18n/i18n'\n")
    expect(messages).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/ui holds primitives/)])
  })

  it('keeps src/data from importing a screen, by import() too', async () => {
    const messages = await lint(
      'src/data/new-selector.ts',
      "export const load = () => import('@/charts/figure-table')\n",
    )
    expect(messages).toEqual([expect.stringMatching(/no-restricted-paths: .*bottom layer/)])
  })

  it('keeps src/charts from importing the app or a feature, type-only imports included', async () => {
    const messages = await lint(
      'src/charts/new-chart.ts',
      "import type { TabProps } from '@/view-state/tab-props'\nexport type { TradeGrowth } from '@/features/overview/select-overview'\nexport type P = TabProps\n",
    )
    expect(messages).toEqual([expect.stringMatching(/no-restricted-paths: .*src\/charts sits under/)])
  })

  it('keeps a feature from importing another', async () => {
    const messages = await lint(
      'src/features/nev/new-part.ts',
      "export { selectOverview } from '@/features/overview/select-overview'\n",
    )
    expect(messages).toEqual([expect.stringMatching(/no-restricted-paths: .*never imports another feature/)])
  })

  it('finds a cycle made by a type-only import', async () => {
    const path = 'src/view-state/view.ts'
    const text = `${readFileSync(resolve(root, path), 'utf8')}\nimport type { ViewProblem } from '@/view-state/parse-view'\nexport type Problem = ViewProblem\n`
    expect(await lint(path, text)).toEqual([
      'local/no-import-cycle: Import cycle: view-state/view.ts → view-state/parse-view.ts → view-state/view.ts',
    ])
  })
})
