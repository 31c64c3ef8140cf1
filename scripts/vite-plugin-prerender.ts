import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'
import type { Plugin } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const RENDERER = resolve(ROOT, 'src/prerender/render-default-view.tsx')
const GUARD = resolve(ROOT, 'src/prerender/prerender-guard.js')
const FINGERPRINT = resolve(ROOT, 'src/data/dataset-fingerprint.ts')
const PARSER = resolve(ROOT, 'src/data/parse-dataset.ts')
const ROOT_ELEMENT = '<div id="root"></div>'

type Prerendered = { body: string; cssFile: string; fingerprint: string }

/**
 * Builds the default view into index.html: the app's own components render the Overview from
 * data/dataset.json as built, so the first paint shows the real figures, in place, before any
 * script has run. A small blocking guard hides it when the address asks for another view. Build
 * only: the dev server serves the empty page.
 */
export function prerenderDefaultView(): Plugin {
  let prerendered: Prerendered | null = null
  return {
    name: 'prerender-default-view',
    apply: 'build',
    async buildStart() {
      const { html, fingerprint } = await renderFromDataset()
      const { body, css } = moveInlineStyles(html)
      const cssFile = `assets/prerender-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`
      this.emitFile({ type: 'asset', fileName: cssFile, source: css })
      // The guard blocks the first paint: it ships without its comments and indentation (lines kept).
      const guard = readFileSync(GUARD, 'utf8').replace(/^\s*\/\/.*\n/gm, '').replace(/^[ \t]+/gm, '')
      this.emitFile({ type: 'asset', fileName: 'prerender-guard.js', source: guard })
      prerendered = { body, cssFile, fingerprint }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!prerendered) throw new Error('The default view was not prerendered before index.html was written')
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into`)
        return {
          html: html.replace(
            ROOT_ELEMENT,
            `<div id="root" data-prerendered="${prerendered.fingerprint}">${prerendered.body}</div>`,
          ),
          tags: [
            { tag: 'link', attrs: { rel: 'stylesheet', href: `./${prerendered.cssFile}` }, injectTo: 'head' },
            { tag: 'script', attrs: { src: './prerender-guard.js' }, injectTo: 'head' },
          ],
        }
      },
    },
  }
}

async function renderFromDataset(): Promise<{ html: string; fingerprint: string }> {
  const load = <Module>(path: string) =>
    tsImport(path, { parentURL: import.meta.url, tsconfig: resolve(ROOT, 'tsconfig.json') }) as Promise<Module>
  const { renderDefaultView } = await load<typeof import('../src/prerender/render-default-view.tsx')>(RENDERER)
  const { datasetFingerprint } = await load<typeof import('../src/data/dataset-fingerprint.ts')>(FINGERPRINT)
  const { parseDataset } = await load<typeof import('../src/data/parse-dataset.ts')>(PARSER)
  const text = readFileSync(resolve(ROOT, 'data/dataset.json'), 'utf8')
  try {
    const json: unknown = JSON.parse(text)
    // The fingerprint vouches for the file: the browser skips validating it, and hydrates the page
    // only for it. Written only when validation passes and changes nothing (no text trimmed, no
    // unknown key dropped), so the unvalidated file is the validated dataset.
    const isCanonical = isDeepStrictEqual(parseDataset(json), json)
    return { html: renderDefaultView(json), fingerprint: isCanonical ? datasetFingerprint(text) : '' }
  } catch (error) {
    // A dataset that fails validation stops the build, saying where (as validate-data does).
    const problems = (error as { problems?: { path: string; message: string }[] }).problems ?? []
    const lines = problems.slice(0, 20).map((problem) => `  ${problem.path}: ${problem.message}`)
    throw new Error([`Could not prerender the default view: ${String(error)}`, ...lines].join('\n'), { cause: error })
  }
}

const HTML_ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' }

/**
 * A strict Content-Security-Policy (style-src 'self') refuses style attributes written in HTML,
 * though it allows the same styles set by script. The few that the components write (a chart's
 * reserved height) move to a stylesheet of their own, keyed by a data attribute.
 */
export function moveInlineStyles(html: string): { body: string; css: string } {
  const rules: string[] = []
  const body = html.replace(/ style="([^"]*)"/g, (_match, style: string) => {
    const declarations = style.replace(/&(?:quot|#x27|lt|gt|amp);/g, (entity) => HTML_ENTITIES[entity] ?? entity)
    if (/[{}<]/.test(declarations)) throw new Error(`Cannot move this inline style to a stylesheet: ${declarations}`)
    rules.push(`[data-prerender-style="${rules.length}"]{${declarations}}`)
    return ` data-prerender-style="${rules.length - 1}"`
  })
  return { body, css: `${rules.join('\n')}\n` }
}
