import { readFile, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { parseCsv } from '../../charts/export/parse-csv.ts'
import { openInstrumentedPage } from '../browser.ts'
import { APP_PATH, type Viewport } from '../config.ts'
import { listOf, type Report, type Scope } from '../report.ts'
import type { StaticServer } from '../static-server.ts'
import { checkHealth } from './health.ts'
import { BAR_SELECTOR } from './render.ts'
import { waitUntil } from './wait.ts'

/**
 * Chart downloads in a real browser, under the suite's CSP: each button's file is caught from the
 * download event and read as a program would read it. The PNG must decode at twice the SVG's size
 * and show the theme, the SVG must parse and carry the frame's words with no var() and its
 * patterns, the CSV must start with a byte-order mark and hold one record per table row (per
 * filled stack for count charts). The export code must arrive only when asked for, and the page
 * must make no request off its sub-path while it works. Exported PNGs are kept with the
 * screenshots, to be looked at.
 */

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots')
const DESKTOP: Viewport = { width: 1280, height: 800 }
const PHONE: Viewport = { width: 390, height: 844 }

type Suite = { browser: Browser; server: StaticServer; report: Report }
type ExportJob = { name: string; run: (suite: Suite) => Promise<void> }
type Lang = 'en' | 'zh'

/** One chart in one language and theme, and what its files must say. */
type ExportCase = {
  tab: string
  chart: string
  lang: Lang
  /** The system's scheme, and ?theme= when the reader chose one. */
  colorScheme: 'light' | 'dark'
  themeParam?: 'dark' | 'light'
  isDark: boolean
  viewport: Viewport
  title: string
  /** Figures: a record per table row. Counts: a record per filled stack (table cell above zero). */
  kind: 'figures' | 'counts'
  csvHeader: string[]
  /** A pattern the chart's bars must still be filled with in the SVG (hatching survives). */
  pattern?: string
}

const FIGURE_HEADER: Record<Lang, string[]> = {
  en: [
    'Figure',
    'Qualifier',
    'Value',
    'Unit',
    'As worded',
    'Period',
    'Area',
    'Kind',
    'Speaker or source',
    'Quote or formula',
    'Data as of',
    'Link to this view',
  ],
  zh: [
    '指标',
    '限定词',
    '数值',
    '单位',
    '完整表述',
    '时期',
    '地区',
    '类型',
    '发言人或来源',
    '引文或公式',
    '数据截至',
    '本视图链接',
  ],
}
const COUNT_TAIL: Record<Lang, string[]> = {
  en: [
    'Qualifier',
    'Value',
    'Unit',
    'Period',
    'Area',
    'Kind',
    'Speaker or source',
    'Quote or formula',
    'Data as of',
    'Link to this view',
  ],
  zh: ['限定词', '数值', '单位', '时期', '地区', '类型', '发言人或来源', '引文或公式', '数据截至', '本视图链接'],
}
const AS_OF: Record<Lang, string> = {
  en: 'Data as of 13 January 2023',
  zh: '数据截至2023年1月13日',
}
const BUTTONS: Record<
  Lang,
  { png: string; svg: string; csv: string; name: (title: string, format: string) => string }
> = {
  en: {
    png: 'PNG image',
    svg: 'SVG image',
    csv: 'CSV data',
    name: (title, format) => `Download “${title}” as ${format}`,
  },
  zh: { png: 'PNG 图片', svg: 'SVG 图片', csv: 'CSV 数据', name: (title, format) => `将“${title}”下载为${format}` },
}

const CASES: ExportCase[] = [
  {
    tab: 'nev',
    chart: 'output',
    lang: 'en',
    colorScheme: 'light',
    isDark: false,
    viewport: DESKTOP,
    title: 'Vehicles produced, Sichuan and Chongqing against China',
    kind: 'figures',
    csvHeader: FIGURE_HEADER.en,
    pattern: 'pattern-context',
  },
  {
    tab: 'nev',
    chart: 'output',
    lang: 'zh',
    colorScheme: 'dark',
    isDark: true,
    viewport: DESKTOP,
    title: '汽车产量：川渝与全国对比',
    kind: 'figures',
    csvHeader: FIGURE_HEADER.zh,
    pattern: 'pattern-context',
  },
  {
    tab: 'clusters',
    chart: 'by-tier',
    lang: 'en',
    colorScheme: 'light',
    themeParam: 'dark',
    isDark: true,
    viewport: DESKTOP,
    title: 'Clusters and fields named, by tier',
    kind: 'counts',
    csvHeader: ['Tier', ...COUNT_TAIL.en],
  },
  {
    tab: 'clusters',
    chart: 'by-tier',
    lang: 'zh',
    colorScheme: 'light',
    isDark: false,
    viewport: DESKTOP,
    title: '按层级统计提及的集群与领域',
    kind: 'counts',
    csvHeader: ['层级', ...COUNT_TAIL.zh],
  },
  {
    tab: 'overview',
    chart: 'trade',
    lang: 'zh',
    colorScheme: 'light',
    isDark: false,
    viewport: PHONE,
    title: '进出口总额：2027年目标与2022年对比',
    kind: 'figures',
    csvHeader: FIGURE_HEADER.zh,
    pattern: 'pattern-target',
  },
  {
    tab: 'finance',
    chart: 'items',
    lang: 'en',
    colorScheme: 'dark',
    isDark: true,
    viewport: PHONE,
    title: 'What each proposal would build',
    kind: 'counts',
    csvHeader: ['Proposal', 'Type', ...COUNT_TAIL.en],
  },
]

const TABLE_CHOICE: Record<Lang, string> = { en: 'Table', zh: '表格' }

/** Picks the table display as a mouse user does: the radio is hidden behind its segmented label. */
async function showTable(page: Page, lang: Lang) {
  const radio = page.getByRole('radio', { name: TABLE_CHOICE[lang], exact: true })
  await page.locator('label').filter({ has: radio }).click()
  await waitUntil(() => radio.isChecked())
}

const themeName = (c: ExportCase) => (c.isDark ? 'dark' : 'light')
const caseName = (c: ExportCase) => `export: ${c.tab} ${c.chart} ${c.lang} @${c.viewport.width}px ${themeName(c)}`

/** The jobs to add to the suite: one per chart, language, theme and width above. */
export function exportJobs(): ExportJob[] {
  return CASES.map((c) => ({ name: caseName(c), run: (suite: Suite) => checkExports(suite, c) }))
}

type Saved = { name: string; bytes: Buffer }

async function save(page: Page, button: Locator): Promise<Saved> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const failure = await download.failure()
  if (failure) throw new Error(`the download failed: ${failure}`)
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: await readFile(path) }
}

async function checkExports(suite: Suite, c: ExportCase) {
  const scope = suite.report.scope(caseName(c))
  await scope.timed(async () => {
    const { context, page, record } = await openInstrumentedPage(suite.browser, {
      viewport: c.viewport,
      colorScheme: c.colorScheme,
      stateName: scope.name,
    })
    try {
      const params = new URLSearchParams({ tab: c.tab, lang: c.lang, ...(c.themeParam ? { theme: c.themeParam } : {}) })
      await page.goto(`${suite.server.urlOf(APP_PATH)}?${params}`)
      const figure = page.getByRole('figure', { name: c.title, exact: true })
      await figure.locator(BAR_SELECTOR).filter({ visible: true }).first().waitFor({ state: 'visible' })
      const button = (format: 'png' | 'svg' | 'csv') =>
        figure.getByRole('button', { name: BUTTONS[c.lang].name(c.title, BUTTONS[c.lang][format]), exact: true })
      const base = `${c.tab}-${c.chart}-${c.lang}`

      await scope.run('export-lazy', async () => {
        const before = await exportChunks(page)
        scope.expect(
          'export-lazy',
          before.length === 0,
          'no export code loaded before a download is asked for',
          listOf(before),
        )
      })

      let svgSize: { width: number; height: number } | null = null
      await scope.run('export-svg', async () => {
        const svg = await save(page, button('svg'))
        scope.expect('export-svg', svg.name === `${base}.svg`, `the file name ${base}.svg`, svg.name)
        svgSize = await checkSvg(scope, page, figure, c, svg.bytes.toString('utf8'))
      })
      await scope.run('export-lazy', async () => {
        const after = await exportChunks(page)
        scope.expect(
          'export-lazy',
          after.length > 0,
          'the export code loaded on the first download',
          'no export chunk was fetched',
        )
      })

      await scope.run('export-png', async () => {
        const png = await save(page, button('png'))
        scope.expect('export-png', png.name === `${base}.png`, `the file name ${base}.png`, png.name)
        await writeFile(resolve(SCREENSHOT_DIR, `export-${base}-${c.viewport.width}-${themeName(c)}.png`), png.bytes)
        await checkPng(scope, page, c, png.bytes, svgSize)
      })

      let csvText = ''
      await scope.run('export-csv', async () => {
        const csv = await save(page, button('csv'))
        scope.expect('export-csv', csv.name === `${base}.csv`, `the file name ${base}.csv`, csv.name)
        csvText = await checkCsv(scope, page, figure, c, csv.bytes)
      })

      // The table view offers the data only, and the same data.
      await scope.run('export-csv', async () => {
        const images = await figure.getByRole('button', { name: BUTTONS[c.lang].png }).count()
        scope.expect('export-csv', images === 0, 'no PNG button while the table is shown', `${images}`)
        const again = await save(page, button('csv'))
        scope.expect(
          'export-csv',
          again.bytes.toString('utf8') === csvText,
          'the same CSV from the table view',
          'a different file',
        )
      })
    } finally {
      checkHealth(scope, record, {
        allowedPrefix: suite.server.urlOf(APP_PATH),
        strayRequests: suite.server.strayRequests.filter((request) => request.state === scope.name),
      })
      await context.close()
    }
  })
}

const exportChunks = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/export-chart-[^/]*\.js$/.test(name)),
  )

/** Parses the SVG in the page and reads what a viewer of the file would see. */
async function checkSvg(scope: Scope, page: Page, figure: Locator, c: ExportCase, text: string) {
  const pageText = await figure.evaluate((element) => {
    const caption = element.querySelector('figcaption')
    const chart = [...element.querySelectorAll('svg.recharts-surface')]
      .map((svg) => svg.getBoundingClientRect())
      .sort((a, b) => b.width * b.height - a.width * a.height)[0]
    return {
      sourceLine: caption?.querySelector('p')?.textContent?.trim() ?? '',
      chartWidth: chart?.width ?? 0,
    }
  })
  const read = await page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml')
    const root = parsed.documentElement
    const ids = new Set([...parsed.querySelectorAll('[id]')].map((element) => element.id))
    const references = [...source.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1] ?? '')
    return {
      error: parsed.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      viewBox: root.getAttribute('viewBox'),
      title: parsed.querySelector('title')?.textContent ?? '',
      texts: [...parsed.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      missing: [...new Set(references.filter((id) => !ids.has(id)))],
      references: [...new Set(references)],
    }
  }, text)

  scope.expect('export-svg', read.error === null, 'an SVG that parses as XML', read.error ?? '')
  scope.expect(
    'export-svg',
    read.root === 'svg' && read.namespace === 'http://www.w3.org/2000/svg',
    'an <svg> root in the SVG namespace',
    `<${read.root}> in ${read.namespace}`,
  )
  scope.expect(
    'export-svg',
    read.viewBox === `0 0 ${read.width} ${read.height}` && read.width > 0 && read.height > 0,
    'width, height and a matching viewBox',
    `width ${read.width}, height ${read.height}, viewBox ${read.viewBox}`,
  )
  scope.expect(
    'export-svg',
    read.width >= pageText.chartWidth && read.width <= pageText.chartWidth + 64,
    `a width of the chart's ${Math.round(pageText.chartWidth)} px plus a margin`,
    `${read.width}`,
  )
  // Lines wrap, so the words are looked for in the text run together.
  const drawn = read.texts.join(' ').replace(/\s+/g, ' ')
  const joined = read.texts.join('')
  const includes = (words: string) => drawn.includes(words) || joined.includes(words.replace(/\s+/g, ''))
  scope.expect('export-svg', read.title === c.title, `the <title> "${c.title}"`, `"${read.title}"`)
  for (const [what, words] of [
    ['title', c.title],
    ['source line', pageText.sourceLine],
    ['as-of date', AS_OF[c.lang]],
    ['link', `chart=${c.chart}`],
  ] as const) {
    scope.expect(
      'export-svg',
      words !== '' && includes(words),
      `the ${what} "${words}" drawn as text`,
      () => `the texts: ${listOf(read.texts, 12)}`,
    )
  }
  scope.expect('export-svg', !text.includes('var('), 'no var() left in the SVG', 'var() found')
  scope.expect('export-svg', read.missing.length === 0, 'every url(#…) defined in the file', listOf(read.missing))
  if (c.pattern) {
    scope.expect(
      'export-svg',
      read.references.includes(c.pattern),
      `bars still filled with ${c.pattern} (hatching kept)`,
      listOf(read.references),
    )
  }
  return { width: read.width, height: read.height }
}

/** Reads the PNG's header, then decodes it in the page and looks at its pixels. */
async function checkPng(
  scope: Scope,
  page: Page,
  c: ExportCase,
  bytes: Buffer,
  svgSize: { width: number; height: number } | null,
) {
  const signature = bytes.subarray(0, 8).toString('hex')
  if (!scope.expect('export-png', signature === '89504e470d0a1a0a', 'the PNG signature', signature)) return
  const header = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  if (svgSize) {
    const expected = { width: svgSize.width * 2, height: svgSize.height * 2 }
    scope.expect(
      'export-png',
      header.width === expected.width && header.height === expected.height,
      `a ${expected.width}×${expected.height} PNG: twice the export's CSS size`,
      `${header.width}×${header.height}`,
    )
  }
  const decoded = await page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }))
    const canvas = document.createElement('canvas')
    canvas.width = bitmap.width
    canvas.height = bitmap.height
    const context = canvas.getContext('2d')
    if (!context) return null
    context.drawImage(bitmap, 0, 0)
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data
    const colours = new Set<number>()
    for (let i = 0; i < pixels.length; i += 4 * 97)
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0))
    const [r = 0, g = 0, b = 0, a = 0] = pixels
    return {
      width: bitmap.width,
      height: bitmap.height,
      corner: { lightness: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255, alpha: a },
      colours: colours.size,
    }
  }, bytes.toString('base64'))
  scope.expect('export-png', decoded !== null, 'the PNG to decode in the browser', 'no 2D canvas')
  if (decoded === null) return
  scope.expect(
    'export-png',
    decoded.width === header.width && decoded.height === header.height,
    `the decoded image ${header.width}×${header.height}`,
    `${decoded.width}×${decoded.height}`,
  )
  scope.expect(
    'export-png',
    decoded.corner.alpha === 255 && (c.isDark ? decoded.corner.lightness < 0.5 : decoded.corner.lightness > 0.5),
    `an opaque ${themeName(c)} background`,
    `lightness ${decoded.corner.lightness.toFixed(2)}, alpha ${decoded.corner.alpha}`,
  )
  scope.expect(
    'export-png',
    decoded.colours >= 8,
    'a drawn image, not a blank one (8+ colours sampled)',
    `${decoded.colours}`,
  )
}

/** The CSV against the chart's table: header, record count, labels, numbers, date and link. */
async function checkCsv(scope: Scope, page: Page, figure: Locator, c: ExportCase, bytes: Buffer): Promise<string> {
  const bom = bytes.subarray(0, 3).toString('hex')
  scope.expect('export-csv', bom === 'efbbbf', 'a UTF-8 byte-order mark', bom)
  const text = bytes.toString('utf8')
  const [header = [], ...records] = parseCsv(text.replace(/^\uFEFF/, ''))
  scope.expect(
    'export-csv',
    header.join('|') === c.csvHeader.join('|'),
    `the header ${c.csvHeader.join(', ')}`,
    header.join(', '),
  )

  await showTable(page, c.lang)
  const table = figure.getByRole('table')
  await table.waitFor()
  const rows = await table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) => ({
      label: row.querySelector('th')?.textContent?.trim() ?? '',
      cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
    })),
  )
  // Count tables: one column per series, then the total; a CSV record per cell above zero.
  const expected =
    c.kind === 'figures'
      ? rows.length
      : rows.reduce((sum, row) => sum + row.cells.slice(0, -1).filter((cell) => cell !== '0').length, 0)
  scope.expect(
    'export-csv',
    records.length === expected,
    `${expected} records, as the table has ${c.kind === 'figures' ? 'rows' : 'filled cells'}`,
    `${records.length}`,
  )

  const labels = new Set(records.map((record) => record[0] ?? ''))
  const missing = rows.map((row) => row.label).filter((label) => !labels.has(label))
  scope.expect(
    'export-csv',
    missing.length === 0,
    'every table row label in the first column, as written',
    listOf(missing),
  )
  if (c.lang === 'zh') {
    const chinese = records.filter((record) => /[\u4e00-\u9fff]/.test(record[0] ?? '')).length
    scope.expect(
      'export-csv',
      chinese > 0 && chinese === records.length,
      'Chinese labels in every record',
      `${chinese} of ${records.length}`,
    )
  }
  const valueAt = header.indexOf(c.lang === 'en' ? 'Value' : '数值')
  const nonNumeric = records
    .map((record) => record[valueAt] ?? '')
    .filter((value) => value === '' || !Number.isFinite(Number(value)))
  scope.expect('export-csv', nonNumeric.length === 0, 'a plain number in every Value cell', listOf(nonNumeric))
  const asOf = new Set(records.map((record) => record[header.length - 2]))
  const date = c.lang === 'en' ? '13 January 2023' : '2023年1月13日'
  scope.expect(
    'export-csv',
    asOf.size === 1 && asOf.has(date),
    `"${date}" as the as-of date of every record`,
    listOf([...asOf].map(String)),
  )
  const links = new Set(records.map((record) => record[header.length - 1] ?? ''))
  const isLinked = [...links].every(
    (link) =>
      link.includes(APP_PATH) &&
      link.includes(`chart=${c.chart}`) &&
      link.includes(`lang=${c.lang}`) === (c.lang === 'zh'),
  )
  scope.expect(
    'export-csv',
    isLinked,
    `a link to this chart's view (chart=${c.chart}) in every record`,
    listOf([...links]),
  )
  return text
}
