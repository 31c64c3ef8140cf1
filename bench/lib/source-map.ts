const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]))

/** A mapping segment: generated column, and the source index and 0-based line it comes from (null: unmapped). */
type Segment = { column: number; source: number | null; line: number }

export type SourceMap = { sources: string[]; mappings: string }

/** Decodes a source map's `mappings` (Base64 VLQ) into each generated line's segments. */
function decodeMappings(mappings: string): Segment[][] {
  let source = 0
  let line = 0
  return mappings.split(';').map((text) => {
    let column = 0
    return text
      .split(',')
      .filter((segment) => segment.length > 0)
      .map((segment) => {
        const fields = decodeVlq(segment)
        column += fields[0] ?? 0
        if (fields.length < 4) return { column, source: null, line: 0 }
        source += fields[1] ?? 0
        line += fields[2] ?? 0
        return { column, source, line }
      })
  })
}

/** Finds where a generated position (0-based line and column) comes from: "src/data/x.ts:12", or null. */
export function createLocator(
  map: SourceMap,
): (line: number, column: number) => { source: string; line: number } | null {
  const lines = decodeMappings(map.mappings)
  return (line, column) => {
    const segments = lines[line] ?? []
    let found: Segment | undefined
    for (const segment of segments) {
      if (segment.column > column) break
      found = segment
    }
    if (!found || found.source === null) return null
    return { source: map.sources[found.source] ?? '?', line: found.line + 1 }
  }
}

function decodeVlq(text: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of text) {
    const digit = DIGIT.get(char)
    if (digit === undefined) throw new Error(`not a Base64 VLQ digit: ${char}`)
    value += (digit & 31) * 2 ** shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value & 1 ? -(value - 1) / 2 : value / 2)
      value = 0
      shift = 0
    }
  }
  return values
}

/** The generated code of each source file of a chunk, read through its map; unmapped code under null. */
export function codeBySource(code: string, map: SourceMap): Map<string | null, string[]> {
  const pieces = new Map<string | null, string[]>()
  const add = (source: string | null, text: string) => {
    if (text.length === 0) return
    const list = pieces.get(source)
    if (list) list.push(text)
    else pieces.set(source, [text])
  }
  const lines = code.split('\n')
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? ''
    add(null, line.slice(0, segments[0]?.column ?? line.length))
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? line.length
      add(segment.source === null ? null : (map.sources[segment.source] ?? null), line.slice(segment.column, end))
    })
  })
  return pieces
}

/** "src/i18n/en.ts" for the app's own code; null for anything else. */
export function appFileOf(source: string | null): string | null {
  if (source === null || source.includes('node_modules/')) return null
  const match = /(?:^|\/)(src\/.+)$/.exec(source)
  return match?.[1] ?? null
}

/** "recharts", "@tanstack/query-core", "src/charts/" (the app's own code, by folder), or what the bundler adds. */
export function packageOf(source: string | null): string {
  if (source === null) return '(unmapped: bundler glue, whitespace)'
  const modules = source.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const [first = '', second = ''] = source.slice(modules + 'node_modules/'.length).split('/')
    return first.startsWith('@') ? `${first}/${second}` : first
  }
  const src = /(?:^|\/)src\/([^/]+)/.exec(source)
  if (src) return src[1]?.includes('.') ? `src/${src[1]}` : `src/${src?.[1]}/`
  return `(bundler: ${source.replace(/^\0/, '').slice(0, 40)})`
}
