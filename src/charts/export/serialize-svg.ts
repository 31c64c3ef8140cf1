// Serialises the page's live SVG as standalone markup: read, never cloned or changed, so the
// page's DOM and its CSP (which refuses style attributes) are never involved.

/**
 * How the builder reads the page. In the browser every answer comes from the live document
 * (computed styles, a canvas for colours and text widths); tests pass a stand-in.
 */
export type StyleReader = {
  /** An element's computed style: var(), light-dark() and currentColor already resolved. */
  computed: (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>
  /** A paint written with tokens (var(--color-ink), url(#pattern-target)), as the page computes it. */
  token: (paint: string) => string
  /** Any CSS colour as sRGB hex and alpha: programs that open the file know no oklch() or lab(). */
  colour: (colour: string) => { hex: string; alpha: number }
  measure: (text: string, font: { size: number; weight: number }) => number
  /** A fill pattern defined on the page, by id. */
  pattern: (id: string) => Element | null
}

/** A paint as the file writes it: a hex colour, none, or a pattern reference, and its opacity. */
export type Paint = { paint: string; opacity: number }

/** Presentation properties written out from the computed style; the rest inherit or keep their attribute. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'font-style',
] as const
type Resolved = Record<(typeof INHERITED)[number] | 'opacity', string>

// The page's own machinery: styles become attributes, and focus and ARIA roles belong to the page.
const DROPPED_ATTRIBUTES = new Set(['style', 'class', 'tabindex', 'role', 'focusable', 'cursor'])
// Recharts' title and description name the chart inside the page; the file gets its own.
const SKIPPED_ELEMENTS = new Set(['title', 'desc', 'script', 'foreignObject'])

/**
 * Writes live SVG elements out with their computed colours, collecting the fill patterns they use,
 * so the document can define them.
 */
export function svgSerializer(reader: StyleReader) {
  const patternIds = new Set<string>()
  const paint = (value: string) => toPaint(value, reader, patternIds)
  return {
    /** A paint written with tokens, as the page computes it. */
    token: (value: string) => paint(reader.token(value)),
    /** The chart's drawing, as a nested <svg> at its place in the document. */
    chart: (chart: SVGSVGElement, box: ChartBox) => serializeChart(chart, box, reader, paint),
    /** The patterns used so far, copied from the page. */
    patterns: () =>
      [...patternIds].flatMap((id) => {
        const pattern = reader.pattern(id)
        return pattern ? [serializeElement(pattern, null, reader, paint)] : []
      }),
  }
}

/** Where the chart goes, and the part of its drawing shown: from `top` down, `height` tall. */
type ChartBox = { x: number; y: number; top: number; width: number; height: number }

/** The chart's drawing, as a nested <svg> at its place in the frame, keeping its own coordinates. */
function serializeChart(
  chart: SVGSVGElement,
  box: ChartBox,
  reader: StyleReader,
  paint: (value: string) => Paint,
): string {
  const style = resolveStyle(chart, reader, paint)
  const viewBox = `0 ${box.top} ${box.width} ${box.height}`
  const children = [...chart.childNodes].map((child) => serializeNode(child, style, reader, paint)).join('')
  // Visible overflow, as on the page: a value label may reach into the chart's margin.
  return (
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" viewBox="${escapeAttribute(viewBox)}" overflow="visible"` +
    `${styleAttributes(style, null)}>${children}</svg>`
  )
}

function serializeNode(node: Node, parent: Resolved, reader: StyleReader, paint: (value: string) => Paint): string {
  if (node.nodeType === node.TEXT_NODE) return escapeText(node.textContent ?? '')
  if (node.nodeType !== node.ELEMENT_NODE) return ''
  return serializeElement(node as Element, parent, reader, paint)
}

/**
 * One element and its subtree: its attributes without page machinery or var(), and the computed
 * paint and font wherever they differ from what it inherits. `parent` null writes them all, for a
 * subtree (a pattern) that inherits nothing in the new document.
 */
function serializeElement(
  element: Element,
  parent: Resolved | null,
  reader: StyleReader,
  paint: (value: string) => Paint,
): string {
  const name = element.localName
  if (SKIPPED_ELEMENTS.has(name) || isTooltipCursor(element)) return ''
  if (reader.computed(element).getPropertyValue('display') === 'none') return ''
  const style = resolveStyle(element, reader, paint)
  const attributes = [...element.attributes]
    .filter(
      (attribute) =>
        !DROPPED_ATTRIBUTES.has(attribute.name) &&
        !(attribute.name in style) &&
        !attribute.name.startsWith('on') &&
        !attribute.value.includes('var('),
    )
    .map((attribute) => ` ${attribute.name}="${escapeAttribute(attribute.value)}"`)
    .join('')
  const children = [...element.childNodes].map((child) => serializeNode(child, style, reader, paint)).join('')
  const open = `<${name}${attributes}${styleAttributes(style, parent)}`
  return children === '' ? `${open}/>` : `${open}>${children}</${name}>`
}

// Recharts draws a highlight behind the bar under the pointer or keyboard focus: page state, not data.
const isTooltipCursor = (element: Element) => element.classList.contains('recharts-tooltip-cursor')

function resolveStyle(element: Element, reader: StyleReader, paint: (value: string) => Paint): Resolved {
  const computed = reader.computed(element)
  const read = (property: string) => computed.getPropertyValue(property).trim()
  const fill = paint(read('fill') || 'rgb(0, 0, 0)')
  const stroke = paint(read('stroke') || 'none')
  return {
    fill: fill.paint,
    'fill-opacity': formatNumber(fill.opacity * numberOr(read('fill-opacity'), 1)),
    stroke: stroke.paint,
    'stroke-opacity': formatNumber(stroke.opacity * numberOr(read('stroke-opacity'), 1)),
    'stroke-width': stripPx(read('stroke-width') || '1'),
    'stroke-dasharray': read('stroke-dasharray') === '' ? 'none' : dashes(read('stroke-dasharray')),
    'font-size': stripPx(read('font-size') || '16px'),
    'font-weight': read('font-weight') || '400',
    'font-style': read('font-style') || 'normal',
    opacity: formatNumber(numberOr(read('opacity'), 1)),
  }
}

/** Inherited properties where they differ from the parent's; opacity (not inherited) wherever it is not 1. */
function styleAttributes(style: Resolved, parent: Resolved | null): string {
  const inherited = INHERITED.filter((property) => parent === null || parent[property] !== style[property]).map(
    (property) => ` ${property}="${escapeAttribute(style[property])}"`,
  )
  return inherited.join('') + (style.opacity === '1' ? '' : ` opacity="${style.opacity}"`)
}

/** A computed paint as the file writes it, noting the patterns it refers to. */
function toPaint(value: string, reader: StyleReader, patternIds: Set<string>): Paint {
  const trimmed = value.trim()
  if (trimmed === '' || trimmed === 'none') return { paint: 'none', opacity: 1 }
  // Chromium computes url(#id) as url("#id"), others as the absolute address of the page and #id.
  const reference = /^url\(\s*["']?[^#"')]*#([^"')\s]+)["']?\s*\)/.exec(trimmed)
  if (reference?.[1]) {
    patternIds.add(reference[1])
    return { paint: `url(#${reference[1]})`, opacity: 1 }
  }
  const { hex, alpha } = reader.colour(trimmed)
  return { paint: hex, opacity: alpha }
}

const stripPx = (value: string) => value.replace(/px/g, '')
const dashes = (value: string) =>
  value === 'none'
    ? 'none'
    : stripPx(value)
        .split(/[\s,]+/)
        .filter(Boolean)
        .join(' ')
const numberOr = (value: string, fallback: number) => {
  const number = Number.parseFloat(value)
  return Number.isFinite(number) ? number : fallback
}
export const formatNumber = (value: number) => String(Math.round(value * 1000) / 1000)

// XML 1.0 has no place for most control characters, even escaped.
const isXmlCharacter = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x9 || code === 0xa || code === 0xd
}
const stripControls = (text: string) => [...text].filter(isXmlCharacter).join('')
export const escapeText = (text: string) =>
  stripControls(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
export const escapeAttribute = (text: string) =>
  escapeText(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;')
