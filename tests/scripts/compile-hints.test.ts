// @vitest-environment node
import type { Rolldown } from 'vite'
import { COMPILE_HINT, compileHints } from '../../scripts/vite-plugin-compile-hints'

type Handler = (options: unknown, bundle: Rolldown.OutputBundle) => void

function chunk(fileName: string, isEntry: boolean, code: string) {
  return { type: 'chunk', fileName, isEntry, code } as unknown as Rolldown.OutputBundle[string]
}
function sourceMap(fileName: string, mappings: string) {
  return { type: 'asset', fileName, source: JSON.stringify({ version: 3, sources: ['a.ts'], mappings }) }
}

/** Runs the plugin's last step of the build over a bundle, as Vite would. */
function build(bundle: Record<string, unknown>) {
  const hook = compileHints().generateBundle as { handler: Handler }
  hook.handler({}, bundle as Rolldown.OutputBundle)
  return bundle as Record<string, { code?: string; source?: string }>
}

describe('the compile-hint build step', () => {
  it("starts the entry chunk with V8's hint and leaves lazy chunks as they are", () => {
    const bundle = build({
      'assets/index.js': chunk('assets/index.js', true, 'const a=1;\nexport{a};'),
      'assets/tab.js': chunk('assets/tab.js', false, 'export const b=2;'),
    })
    expect(bundle['assets/index.js']?.code).toBe(`${COMPILE_HINT}\nconst a=1;\nexport{a};`)
    expect(bundle['assets/tab.js']?.code).toBe('export const b=2;')
  })

  it("moves the entry's source map one line down, so it still points at the right source lines", () => {
    const bundle = build({
      'assets/index.js': chunk('assets/index.js', true, 'x'),
      'assets/index.js.map': sourceMap('assets/index.js.map', ';AAAA,CAAC'),
      'assets/tab.js': chunk('assets/tab.js', false, 'y'),
      'assets/tab.js.map': sourceMap('assets/tab.js.map', 'AAAA'),
    })
    const entryMap = JSON.parse(bundle['assets/index.js.map']?.source ?? '{}') as {
      mappings: string
      sources: string[]
    }
    expect(entryMap.mappings).toBe(';;AAAA,CAAC')
    expect(entryMap.sources).toEqual(['a.ts'])
    expect(JSON.parse(bundle['assets/tab.js.map']?.source ?? '{}')).toMatchObject({ mappings: 'AAAA' })
  })

  it('moves a map inlined at the end of the entry chunk one line down too', () => {
    const inline = (mappings: string) =>
      `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify({ version: 3, mappings })).toString('base64')}`
    const bundle = build({ 'assets/index.js': chunk('assets/index.js', true, `x;\n${inline('AAAA;AACA')}`) })
    const code = bundle['assets/index.js']?.code ?? ''
    expect(code.startsWith(`${COMPILE_HINT}\nx;\n`)).toBe(true)
    const base64 = /base64,([A-Za-z0-9+/=]+)$/.exec(code)?.[1] ?? ''
    expect(JSON.parse(Buffer.from(base64, 'base64').toString('utf8'))).toEqual({ version: 3, mappings: ';AAAA;AACA' })
  })

  it('gives the entry chunk a name of its own, so a file cached without the hint is not reused', () => {
    const augment = compileHints().augmentChunkHash as (chunk: { isEntry: boolean }) => string | undefined
    expect(augment({ isEntry: true })).toBe(COMPILE_HINT)
    expect(augment({ isEntry: false })).toBeUndefined()
  })
})
