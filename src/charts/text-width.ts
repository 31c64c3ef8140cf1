// Widths of label text, measured on a canvas: no element is added to the page and no layout is
// forced, so drawing a chart's labels costs no reflow. (Recharts' own Text measures each new word
// in a span on the page, a forced layout per word: dozens on a tab's first visit.)

type Measure = (text: string) => number

const cache = new Map<string, number>()
let measurers: Map<number, Measure> | null = null

/** The width of `text` at `fontSize` px in the page's font, in px. */
export function textWidth(text: string, fontSize: number): number {
  const key = `${fontSize}\u0000${text}`
  let width = cache.get(key)
  if (width === undefined) {
    width = measurerFor(fontSize)(text)
    if (cache.size > 5000) cache.clear()
    cache.set(key, width)
  }
  return width
}

function measurerFor(fontSize: number): Measure {
  measurers ??= new Map()
  let measure = measurers.get(fontSize)
  if (!measure) {
    measure = createMeasurer(fontSize)
    measurers.set(fontSize, measure)
  }
  return measure
}

function createMeasurer(fontSize: number): Measure {
  const context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null
  if (!context || typeof document === 'undefined') {
    // No canvas (jsdom, the build's prerender): an estimate, a full em for CJK, about half for Latin.
    return (text) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 1 : 0.56), 0) * fontSize
  }
  context.font = `${fontSize}px ${getComputedStyle(document.body).fontFamily}`
  return (text) => context.measureText(text).width
}

/**
 * Breaks `text` into lines at most `width` wide: at spaces, or between any two characters when
 * `breakAll` (Chinese). Past `maxLines`, the last line ends in an ellipsis.
 */
export function wrapText(text: string, width: number, fontSize: number, breakAll: boolean, maxLines: number): string[] {
  const pieces = breakAll ? [...text] : text.split(/\s+/).filter(Boolean)
  const joiner = breakAll ? '' : ' '
  const lines: string[] = []
  let line = ''
  for (const piece of pieces) {
    const candidate = line === '' ? piece : `${line}${joiner}${piece}`
    if (line !== '' && textWidth(candidate, fontSize) > width) {
      lines.push(line)
      line = piece
    } else {
      line = candidate
    }
  }
  if (line !== '') lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines - 1)
  let last = lines.slice(maxLines - 1).join(joiner)
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > width) last = last.slice(0, -1).trimEnd()
  return [...kept, `${last}…`]
}
