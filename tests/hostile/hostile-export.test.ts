import fc from 'fast-check'
import { chartCsv } from '@/charts/export/csv-rows'
import type { StyleReader } from '@/charts/export/serialize-svg'
import { toSvg, type SvgInput } from '@/charts/export/to-svg'
import { indexDataset, toFigureRow } from '@/data/select-figures'
import { toListRow } from '@/data/select-lists'
import { en } from '@/i18n/en'
import { createI18n } from '@/i18n/i18n'
import { zhCN } from '@/i18n/zh-CN'
import { parseCsv } from '../charts/export/parse-csv'
import { hostileDataset } from '../fixtures/hostile-dataset'
import { FORMULA_PAYLOADS, MARKUP_PAYLOADS } from '../fixtures/hostile-strings'
import { caseTimer, describeValue } from './case-timer'

/**
 * What leaves the page keeps dataset strings as text: the CSV holds them as written (a spreadsheet
 * shows, never runs, a formula), the SVG escapes them (a viewer shows, never parses, markup).
 */

const data = hostileDataset()
const index = indexDataset(data)
const english = createI18n('en', en)
const chinese = createI18n('zh', zhCN)
const provenance = { sourceDate: '2023-01-13', url: 'https://intranet.example/cq/?tab=nev&chart=output' }
const figureRows = data.facts.map((fact) => toFigureRow(fact, index))

// What a spreadsheet runs as a formula, as to-csv.ts guards it.
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/

function recordsOf(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return parseCsv(csv.slice(1))
}

/** A cell as the spreadsheet shows it: the guard's apostrophe is not part of the text. */
const shownText = (cell: string) => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell)

/** No cell a spreadsheet would run; numbers (the Value column) may be negative. */
function expectNoFormula(records: string[][], valueColumn: number) {
  for (const record of records.slice(1)) {
    record.forEach((cell, column) => {
      if (column === valueColumn && Number.isFinite(Number(cell))) return
      expect(FORMULA_START.test(cell), `a cell a spreadsheet would run: ${cell}`).toBe(false)
    })
  }
}

describe('the CSV of a hostile dataset', () => {
  it.each([
    ['English', english, 'Figure', 'Value'],
    ['Chinese', chinese, '指标', '数值'],
  ] as const)(
    'keeps every label, quote and name as written in %s, formulas as text',
    (_name, i18n, labelHeader, valueHeader) => {
      const records = recordsOf(chartCsv({ kind: 'figures', rows: figureRows }, i18n, provenance))
      const [header = []] = records
      const labelColumn = header.indexOf(labelHeader)
      expect(records).toHaveLength(figureRows.length + 1)
      records.slice(1).forEach((record, row) => {
        const label = i18n.local(figureRows[row]?.label ?? { en: '', zh: '' })
        expect(shownText(record[labelColumn] ?? '')).toBe(label)
      })
      expectNoFormula(records, header.indexOf(valueHeader))
      const all = records.flat().map(shownText).join('\n')
      for (const payload of [...MARKUP_PAYLOADS, ...FORMULA_PAYLOADS]) expect(all, payload).toContain(payload)
    },
  )

  it('keeps named items, list labels, speakers and quotes as written, formulas as text', () => {
    const lists = data.lists.map((list) => toListRow(list, index))
    const records = recordsOf(chartCsv({ kind: 'lists', rows: lists }, english, provenance))
    const [header = []] = records
    expect(records.slice(1).map((record) => shownText(record[0] ?? ''))).toEqual(
      lists.flatMap((row) => row.list.items.map((item) => item.label.en)),
    )
    const all = records.flat().map(shownText).join('\n')
    for (const row of lists) {
      for (const item of row.list.items) expect(all).toContain(item.quote ?? row.list.quote)
      expect(all).toContain(row.speaker.name.en)
      expect(all).toContain(row.label.en)
    }
    expectNoFormula(records, header.indexOf('Value'))
  })
})

// ---- SVG ----

const SVG_NS = 'http://www.w3.org/2000/svg'

/** A stand-in for the page's computed styles (as in tests/charts/export/to-svg.test.ts): plain colours. */
const reader: StyleReader = {
  computed: () => ({ getPropertyValue: () => '' }),
  token: (paint) => paint,
  colour: () => ({ hex: '#123456', alpha: 1 }),
  measure: (text, { size }) => [...text].length * size * 0.6,
  pattern: () => null,
}

function svgElement(name: string, attributes: Record<string, string>, ...children: Node[]) {
  const element = document.createElementNS(SVG_NS, name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value)
  element.append(...children)
  return element
}

/**
 * A chart as Recharts draws dataset strings into it: tick labels as text nodes, a name in an
 * attribute. A <script> and a <foreignObject> that a broken page might hold must not be copied.
 */
function drawChart(labels: string[]): SVGSVGElement {
  document.body.replaceChildren()
  const chart = svgElement(
    'svg',
    { width: '400', height: '200', viewBox: '0 0 400 200' },
    ...labels.map((label, i) =>
      svgElement(
        'g',
        { name: label },
        svgElement(
          'text',
          { x: '10', y: String(20 + i * 20) },
          svgElement('tspan', {}, document.createTextNode(label)),
        ),
      ),
    ),
    svgElement('script', {}, document.createTextNode('window.__pwned = true')),
    svgElement('foreignObject', {}, document.createTextNode('<img src=x onerror="window.__pwned=true">')),
  ) as SVGSVGElement
  document.body.append(chart)
  return chart
}

function svgInput(text: string, labels: string[]): SvgInput {
  return {
    chart: drawChart(labels),
    title: text,
    question: text,
    unitLine: text,
    legend: [{ label: text, fill: '#000000', dash: text }],
    footer: [{ text }, { text, isStrong: true }],
    summary: text,
    lang: text,
    fontFamily: text,
    palette: { background: '#ffffff', ink: '#000000', muted: '#555555', rule: '#cccccc' },
  }
}

function parseSvg(svg: string): Document {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(parsed.getElementsByTagName('parsererror'), svg.slice(0, 400)).toHaveLength(0)
  return parsed
}

/** What the file may never hold: script, embedded HTML, event handlers. */
function expectInert(parsed: Document) {
  expect(parsed.querySelectorAll('script, foreignObject, iframe, img, a').length).toBe(0)
  const handlers = [...parsed.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name),
  )
  expect(handlers).toEqual([])
}

const drawnText = (parsed: Document) =>
  [...parsed.querySelectorAll('text')]
    .map((text) => text.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')

describe('the SVG of a hostile chart', () => {
  const labels = figureRows.slice(0, 8).map((row) => row.label.en)

  it.each([...MARKUP_PAYLOADS, ...FORMULA_PAYLOADS])(
    'escapes %s: the file parses and shows it as its characters',
    (payload) => {
      const parsed = parseSvg(toSvg(svgInput(payload, labels), reader).svg)
      expectInert(parsed)
      expect(parsed.querySelector('title')?.textContent).toBe(payload)
      expect(parsed.querySelector('desc')?.textContent).toBe(payload)
      expect(parsed.documentElement.getAttribute('font-family')).toBe(payload)
      // Long lines wrap at spaces: the words are found in the text run together.
      expect(drawnText(parsed)).toContain(payload.replace(/\s+/g, ' '))
      const tickTexts = [...parsed.querySelectorAll('svg svg tspan')].map((tspan) => tspan.textContent)
      expect(tickTexts).toEqual(labels)
      expect([...parsed.querySelectorAll('svg svg g')].map((g) => g.getAttribute('name'))).toEqual(labels)
    },
  )

  const NUM_RUNS = 300
  const timer = caseTimer(`toSvg(any text) (numRuns ${NUM_RUNS})`)
  afterAll(() => {
    timer.report()
  })

  it('parses for any text in any field and gives that text back, less what XML cannot hold', () => {
    // XML 1.0 has no place for most control characters, and reads a line end as "\n".
    const xmlText = (text: string) =>
      [...text]
        .filter((character) => {
          const code = character.codePointAt(0) ?? 0
          return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x9 || code === 0xa || code === 0xd
        })
        .join('')
        .replace(/\r\n?/g, '\n')
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.constantFrom(...MARKUP_PAYLOADS),
      fc.string({ maxLength: 40 }),
    )
    fc.assert(
      fc.property(anyText, fc.array(anyText, { minLength: 1, maxLength: 4 }), (text, tickLabels) => {
        const { svg } = timer.time(
          () => describeValue(text),
          () => toSvg(svgInput(text, tickLabels), reader),
        )
        const parsed = parseSvg(svg)
        expectInert(parsed)
        expect(parsed.querySelector('title')?.textContent).toBe(xmlText(text))
        expect([...parsed.querySelectorAll('svg svg tspan')].map((tspan) => tspan.textContent)).toEqual(
          tickLabels.map(xmlText),
        )
      }),
      { numRuns: NUM_RUNS },
    )
  })
})
