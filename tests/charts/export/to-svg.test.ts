import type { StyleReader } from '@/charts/export/serialize-svg'
import { toSvg, type SvgInput } from '@/charts/export/to-svg'

const SVG_NS = 'http://www.w3.org/2000/svg'

// What the page's stylesheet would compute: each token once, in a syntax only a browser knows.
const tokens: Record<string, string> = {
  '--color-ink': 'oklch(0.23 0.02 260)',
  '--color-ink-muted': 'oklch(0.44 0.02 260)',
  '--color-line-soft': 'oklch(0.9 0.008 260)',
  '--color-raised': 'oklch(1 0 0)',
  '--color-kind-target': 'oklch(0.56 0.17 42)',
  '--color-kind-reported': 'oklch(0.5 0.13 245)',
}
const hexes: Record<string, string> = {
  'oklch(0.23 0.02 260)': '#1f2430',
  'oklch(0.44 0.02 260)': '#505766',
  'oklch(0.9 0.008 260)': '#dcdfe4',
  'oklch(1 0 0)': '#ffffff',
  'oklch(0.56 0.17 42)': '#c4501c',
  'oklch(0.5 0.13 245)': '#0068a8',
  'rgb(0, 0, 0)': '#000000',
}
const resolve = (value: string) => value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => tokens[name] ?? 'unset')
const INHERITED = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight'])

/** Computes styles the way a browser would for these attributes: inherited up the tree, tokens resolved. */
const reader: StyleReader = {
  computed: (element) => ({
    getPropertyValue: (property: string) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const value = node.getAttribute(property)
        if (value) return resolve(value)
        if (!INHERITED.has(property)) break
      }
      return ''
    },
  }),
  token: resolve,
  colour: (colour) => ({ hex: hexes[colour] ?? '#123456', alpha: 1 }),
  measure: (text, { size }) => [...text].length * size * 0.6,
  pattern: (id) => document.getElementById(id),
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string>,
  ...children: Node[]
) {
  const element = document.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
  element.append(...children)
  return element
}

/** A page with the shared fill patterns and a small Recharts-like chart that uses one. */
function drawPage(): SVGSVGElement {
  document.body.replaceChildren()
  document.body.append(
    svgElement(
      'svg',
      { width: '0', height: '0' },
      svgElement(
        'defs',
        {},
        svgElement(
          'pattern',
          { id: 'pattern-target', width: '8', height: '8', patternUnits: 'userSpaceOnUse' },
          svgElement('rect', { width: '8', height: '8', fill: 'var(--color-kind-target)' }),
          svgElement('circle', { cx: '4', cy: '4', r: '1.3', fill: 'var(--color-raised)' }),
        ),
        svgElement('pattern', { id: 'pattern-unused', width: '6', height: '6' }),
      ),
    ),
  )
  const chart = svgElement(
    'svg',
    {
      class: 'recharts-surface',
      width: '400',
      height: '120',
      viewBox: '0 0 400 120',
      role: 'application',
      tabindex: '0',
    },
    svgElement('title', {}, document.createTextNode('Recharts title')),
    svgElement('line', { stroke: 'var(--color-line-soft)', x1: '100', y1: '0', x2: '100', y2: '100' }),
    svgElement('path', {
      class: 'recharts-rectangle',
      fill: 'url(#pattern-target)',
      stroke: 'var(--color-kind-target)',
      'stroke-width': '1.5',
      d: 'M 100,10 h 200 v 26 h -200 Z',
    }),
    svgElement('rect', { class: 'recharts-tooltip-cursor', fill: 'var(--color-raised)', width: '10', height: '10' }),
    svgElement(
      'text',
      { x: '305', y: '25', fill: 'var(--color-ink)', 'font-size': '13', 'font-weight': '600' },
      svgElement('tspan', { x: '305', dy: '0.355em' }, document.createTextNode('→1.1T <&>')),
    ),
  )
  document.body.append(chart)
  return chart
}

const input = (chart: SVGSVGElement): SvgInput => ({
  chart,
  title: 'Imports & exports: the 2027 target against 2022',
  question: 'How far does Chongqing’s trade have to grow?',
  unitLine: 'Unit: Yuan',
  legend: [
    {
      label: 'Target: a goal stated at the conference',
      fill: 'url(#pattern-target)',
      stroke: 'var(--color-kind-target)',
    },
  ],
  footer: [
    { text: 'Source: Fan Lixin, press conference, 13 January 2023.' },
    { text: 'Data as of 13 January 2023: statements made at the press conference, not live figures.', isStrong: true },
    { text: 'Chongqing growth-pole dashboard: https://intranet.example/cq/?tab=overview&chart=trade' },
  ],
  summary: 'Imports and exports: 1 figure.',
  lang: 'en',
  fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif',
  palette: {
    background: 'var(--color-raised)',
    ink: 'var(--color-ink)',
    muted: 'var(--color-ink-muted)',
    rule: 'var(--color-line-soft)',
  },
})

function parse(svg: string): Document {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0)
  return parsed
}

describe('toSvg', () => {
  it('builds a well-formed standalone SVG document with its size, namespaces and language', () => {
    const { svg, width, height } = toSvg(input(drawPage()), reader)
    const root = parse(svg).documentElement
    expect(root.namespaceURI).toBe(SVG_NS)
    expect(root.getAttribute('width')).toBe(String(width))
    expect(root.getAttribute('height')).toBe(String(height))
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
    expect(root.getAttribute('font-family')).toContain('Noto Sans CJK SC')
    expect(root.getAttribute('xml:lang')).toBe('en')
    expect(width).toBe(400 + 2 * 16)
  })

  it('draws the title, question, unit, legend, source line, as-of date and link as text', () => {
    const texts = [...parse(toSvg(input(drawPage()), reader).svg).querySelectorAll('text')].map((t) => t.textContent)
    const all = texts.join(' ')
    for (const expected of [
      'Imports & exports',
      'How far does',
      'Unit: Yuan',
      'Target: a goal stated',
      'Source: Fan Lixin, press conference, 13 January 2023.',
      'Data as of 13 January 2023',
      'https://intranet.example/cq/?tab=overview&chart=trade',
      '→1.1T <&>',
    ]) {
      expect(all).toContain(expected)
    }
  })

  it('leaves no var() and no page styles: every colour is a computed hex', () => {
    const { svg } = toSvg(input(drawPage()), reader)
    expect(svg).not.toContain('var(')
    expect(svg).not.toMatch(/oklch|\sstyle=|\sclass=|tabindex=/)
    const drawn = parse(svg)
    const bar = drawn.querySelector('path')
    expect(bar?.getAttribute('fill')).toBe('url(#pattern-target)')
    expect(bar?.getAttribute('stroke')).toBe('#c4501c')
    expect(drawn.querySelector('tspan')?.parentElement?.getAttribute('fill')).toBe('#1f2430')
    expect(drawn.documentElement.querySelector(':scope > rect')?.getAttribute('fill')).toBe('#ffffff')
  })

  it('copies in the patterns the chart uses, with resolved colours, and no others', () => {
    const drawn = parse(toSvg(input(drawPage()), reader).svg)
    const patterns = [...drawn.querySelectorAll('defs pattern')]
    expect(patterns.map((p) => p.id)).toEqual(['pattern-target'])
    expect([...(patterns[0]?.children ?? [])].map((c) => c.getAttribute('fill'))).toEqual(['#c4501c', '#ffffff'])
  })

  it('leaves out the page’s hover highlight and Recharts’ own title, and titles the file instead', () => {
    const drawn = parse(toSvg(input(drawPage()), reader).svg)
    expect(drawn.querySelectorAll('svg svg rect')).toHaveLength(0)
    expect([...drawn.querySelectorAll('title')].map((t) => t.textContent)).toEqual([
      'Imports & exports: the 2027 target against 2022',
    ])
    expect(drawn.querySelector('desc')?.textContent).toBe('Imports and exports: 1 figure.')
  })

  it('sets a larger pixel size for a PNG without changing the drawing', () => {
    const chart = drawPage()
    const once = toSvg(input(chart), reader)
    const twice = toSvg(input(chart), reader, 2)
    const root = parse(twice.svg).documentElement
    expect(root.getAttribute('width')).toBe(String(once.width * 2))
    expect(root.getAttribute('height')).toBe(String(once.height * 2))
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${once.width} ${once.height}`)
  })
})
