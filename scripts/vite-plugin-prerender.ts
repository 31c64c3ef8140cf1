import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'
import type { Plugin } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
const RENDERER = resolve(ROOT, 'src/prerender/render-default-view.tsx')
const GUARD = resolve(ROOT, 'src/prerender/prerender-guard.js')
const ROOT_ELEMENT = '<div id="root"></div>'

type Prerendered = { body: string; fingerprint: string }

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
      // A strict Content-Security-Policy (style-src 'self') refuses style attributes written in HTML,
      // though it allows the same styles set by script.
      const styled = /<[^>]* style="[^"]*"/.exec(html)
      if (styled) throw new Error(`The default view writes a style attribute, which a strict CSP refuses: ${styled[0]}`)
      // The guard blocks the first paint: it ships without its comments and indentation (lines kept).
      const guard = readFileSync(GUARD, 'utf8')
        .replace(/^\s*\/\/.*\n/gm, '')
        .replace(/^[ \t]+/gm, '')
      this.emitFile({ type: 'asset', fileName: 'prerender-guard.js', source: guard })
      prerendered = { body: html, fingerprint }
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
          tags: [{ tag: 'script', attrs: { src: './prerender-guard.js' }, injectTo: 'head' }],
        }
      },
    },
  }
}

async function renderFromDataset(): Promise<{ html: string; fingerprint: string }> {
  const { renderDefaultView } = (await tsImport(RENDERER, {
    parentURL: import.meta.url,
    tsconfig: resolve(ROOT, 'tsconfig.json'),
  })) as typeof import('../src/prerender/render-default-view.tsx')
  try {
    return renderDefaultView(readFileSync(resolve(ROOT, 'data/dataset.json'), 'utf8'))
  } catch (error) {
    // A dataset that fails validation stops the build, saying where (as validate-data does).
    const problems = (error as { problems?: { path: string; message: string }[] }).problems ?? []
    const lines = problems.slice(0, 20).map((problem) => `  ${problem.path}: ${problem.message}`)
    throw new Error([`Could not prerender the default view: ${String(error)}`, ...lines].join('\n'), { cause: error })
  }
}
