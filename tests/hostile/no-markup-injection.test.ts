// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/**
 * Dataset strings reach the page only as text: no code in the app turns a string into markup or
 * code. (ESLint forbids dangerouslySetInnerHTML in JSX; this also covers the DOM's own ways.)
 */

const ROOT = resolve(import.meta.dirname, '../..')
const SCANNED = ['src', 'public']

const FORBIDDEN: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['eval', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['a string timer (setTimeout/setInterval with code)', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['srcdoc', /\bsrcdoc\b|\bsrcDoc\b/],
  ['DOMParser on text/html', /parseFromString\([^)]*text\/html/],
]

function filesIn(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) return filesIn(path)
    return /\.(?:tsx?|jsx?|mjs|html)$/.test(entry.name) ? [path] : []
  })
}

const files = [...SCANNED.flatMap((folder) => filesIn(resolve(ROOT, folder))), resolve(ROOT, 'index.html')]

describe('the app’s source', () => {
  it('has files to scan', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it.each(FORBIDDEN)('never uses %s', (_name, pattern) => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (pattern.test(line) ? [`${relative(ROOT, file)}:${index + 1}: ${line.trim()}`] : [])),
    )
    expect(found).toEqual([])
  })

  it('has no inline script or inline event handler in index.html', () => {
    const html = readFileSync(resolve(ROOT, 'index.html'), 'utf8')
    expect(
      [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\ssrc=/.test(tag)),
    ).toEqual([])
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
  })
})
