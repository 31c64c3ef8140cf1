import { writeFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { parseCsv } from '../charts/export/parse-csv.ts'
import { expect, test } from './fixtures.ts'
import { chooseDisplay, shownBars } from './support/charts.ts'
import { download } from './support/page-reads.ts'
import { APP_PATH } from './support/site.ts'
import { poll } from './support/poll.ts'

/**
 * Chart downloads in a real browser, under the suite's CSP: each button's file is caught from the
 * download event and read as a program would read it. The PNG must decode at twice the SVG's size
 * and show the theme, the SVG must parse and carry the frame's words with no var() and its
 * patterns, the CSV must start with a byte-order mark and hold one record per table row. Views
 * written in HTML (the industry matrix, the proposal columns) offer their data alone, as CSV: one
 * record per item named, each with the list that names it and its area, as the view shows them.
 * The export code must arrive only when asked for, and the page must make no request off its
 * sub-path while it works (the health check). Exported PNGs are kept with the screenshots, to be
 * looked at.
 */

const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

type Lang = 'en' | 'zh'

type CaseBase = {
  tab: string
  chart: string
  lang: Lang
  /** The system's scheme, and ?theme= when the reader chose one. */
  colorScheme: 'light' | 'dark'
  themeParam?: 'dark' | 'light'
  isDark: boolean
  viewport: { width: number; height: number }
  title: string
  csvHeader: string[]
}

/** One chart in one language and theme, and what its files must say: a record per table row. */
type ExportCase = CaseBase & {
  kind: 'figures'
  /** A pattern the chart's bars must still be filled with in the SVG (hatching survives). */
  pattern?: string
}

/** One view of named lists, drawn in HTML: its CSV holds a record per item, read from the view as `reads`. */
type ListsCase = CaseBase & { kind: 'lists'; reads: (figure: Locator) => Promise<ShownItem[]> }

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
const LIST_HEADER: Record<Lang, string[]> = {
  en: [
    'Named item',
    'List',
    'Qualifier',
    'Tier',
    'Area',
    'Kind',
    'Speaker or source',
    'Quote or formula',
    'Data as of',
    'Link to this view',
  ],
  zh: ['提及项目', '清单', '限定词', '层级', '地区', '类型', '发言人或来源', '引文或公式', '数据截至', '本视图链接'],
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
]

/** An item a view names, with the list that names it and its area where the view shows them. */
type ShownItem = { item: string; list?: string; area?: string }

/** The industry matrix, as a table: a record per dot, its industry, its column's list and area. */
const readMatrix = (figure: Locator) =>
  figure.getByRole('table').evaluate((table) => {
    const [areaRow, listRow] = [...table.querySelectorAll('thead tr')]
    const areaOfColumn = [...(areaRow?.children ?? [])].flatMap((cell) =>
      Array.from({ length: (cell as HTMLTableCellElement).colSpan }, () => cell.textContent?.trim() ?? ''),
    )
    const listOfColumn = [...(listRow?.children ?? [])].map((cell) => cell.querySelector('span')?.textContent?.trim())
    return [...table.querySelectorAll('tbody tr')].flatMap((row) => {
      const industry = row.querySelector('th')?.textContent?.trim() ?? ''
      return [...row.children].flatMap((cell, column) =>
        cell.localName === 'td' && cell.querySelector('[aria-hidden="true"]')
          ? [{ item: industry, list: listOfColumn[column] ?? '', area: areaOfColumn[column] ?? '' }]
          : [],
      )
    })
  })

/** The proposal columns: each proposal (an item of the list of proposals), then what it would build. */
const readProposals = (figure: Locator) =>
  figure.locator(':scope > ol > li').evaluateAll((columns) =>
    columns.flatMap((column) => [
      { item: column.querySelector('h4')?.textContent?.trim() ?? '' },
      ...[...column.querySelectorAll('h5')].flatMap((heading) => {
        // The list's heading, its type and area ("Centres · Western China"), then its items (data notes follow).
        const kindAndArea = heading.nextElementSibling
        const area = kindAndArea?.textContent?.split(' · ').at(-1)?.trim() ?? ''
        const items = kindAndArea?.nextElementSibling?.querySelectorAll(':scope > li') ?? []
        // An item's first text is its name; a link to its area's figures may follow.
        return [...items].map((li) => ({
          item: li.firstChild?.textContent?.trim() ?? '',
          list: heading.textContent?.trim() ?? '',
          area,
        }))
      }),
    ]),
  )

const LIST_CASES: ListsCase[] = [
  {
    tab: 'clusters',
    chart: 'matrix',
    lang: 'en',
    colorScheme: 'light',
    themeParam: 'dark',
    isDark: true,
    viewport: DESKTOP,
    title: 'Which industries the plans name, and where',
    kind: 'lists',
    csvHeader: LIST_HEADER.en,
    reads: readMatrix,
  },
  {
    tab: 'clusters',
    chart: 'matrix',
    lang: 'zh',
    colorScheme: 'light',
    isDark: false,
    viewport: DESKTOP,
    title: '各项规划列出的产业及其所在区域',
    kind: 'lists',
    csvHeader: LIST_HEADER.zh,
    reads: readMatrix,
  },
  {
    tab: 'finance',
    chart: 'proposals',
    lang: 'en',
    colorScheme: 'dark',
    isDark: true,
    viewport: PHONE,
    title: 'The three proposals and what each would build',
    kind: 'lists',
    csvHeader: LIST_HEADER.en,
    reads: readProposals,
  },
]

const TABLE_CHOICE: Record<Lang, string> = { en: 'Table', zh: '表格' }

const themeName = (c: CaseBase) => (c.isDark ? 'dark' : 'light')

const exportChunks = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/export-chart-[^/]*\.js$/.test(name)),
  )

for (const c of CASES) {
  test.describe(`${c.lang === 'zh' ? 'in Chinese' : 'in English'}, ${themeName(c)}, ${c.viewport.width} px`, () => {
    test.use({ viewport: c.viewport, colorScheme: c.colorScheme })

    test(`the ${c.tab} tab's ${c.chart} chart downloads as SVG, PNG and CSV`, async ({ page }, testInfo) => {
      const params = new URLSearchParams({ tab: c.tab, lang: c.lang, ...(c.themeParam ? { theme: c.themeParam } : {}) })
      await page.goto(`?${params}`)
      const figure = page.getByRole('figure', { name: c.title, exact: true })
      await expect(shownBars(figure).first()).toBeVisible()
      const button = (format: 'png' | 'svg' | 'csv') =>
        figure.getByRole('button', { name: BUTTONS[c.lang].name(c.title, BUTTONS[c.lang][format]), exact: true })
      const base = `${c.tab}-${c.chart}-${c.lang}`

      expect.soft(await exportChunks(page), 'no export code loaded before a download is asked for').toEqual([])

      let svgSize: { width: number; height: number } | null = null
      await test.step('the SVG', async () => {
        const svg = await download(page, button('svg'))
        expect.soft(svg.name, 'the file name').toBe(`${base}.svg`)
        svgSize = await expectSvg(page, figure, c, svg.bytes.toString('utf8'))
      })
      await poll(() => exportChunks(page), 'the export code loaded on the first download').not.toEqual([])

      await test.step('the PNG', async () => {
        const png = await download(page, button('png'))
        expect.soft(png.name, 'the file name').toBe(`${base}.png`)
        const dir = resolve(testInfo.project.outputDir, 'screenshots')
        await mkdir(dir, { recursive: true })
        await writeFile(resolve(dir, `export-${base}-${c.viewport.width}-${themeName(c)}.png`), png.bytes)
        await expectPng(page, c, png.bytes, svgSize)
      })

      let csvText = ''
      await test.step('the CSV', async () => {
        const csv = await download(page, button('csv'))
        expect.soft(csv.name, 'the file name').toBe(`${base}.csv`)
        csvText = await expectCsv(page, figure, c, csv.bytes)
      })

      await test.step('the table view offers the same data, and only the data', async () => {
        await expect
          .soft(figure.getByRole('button', { name: BUTTONS[c.lang].png }), 'no PNG button while the table is shown')
          .toHaveCount(0)
        const again = await download(page, button('csv'))
        expect.soft(again.bytes.toString('utf8') === csvText, 'the same CSV from the table view').toBe(true)
      })
    })
  })
}

for (const c of LIST_CASES) {
  test.describe(`${c.lang === 'zh' ? 'in Chinese' : 'in English'}, ${themeName(c)}, ${c.viewport.width} px`, () => {
    test.use({ viewport: c.viewport, colorScheme: c.colorScheme })

    test(`the ${c.tab} tab's ${c.chart} view, written in HTML, downloads its data as CSV`, async ({ page }) => {
      const params = new URLSearchParams({ tab: c.tab, lang: c.lang, ...(c.themeParam ? { theme: c.themeParam } : {}) })
      await page.goto(`?${params}`)
      const figure = page.getByRole('figure', { name: c.title, exact: true })
      // Every download button names the view: "Download “…” as …".
      const buttons = figure.getByRole('button', { name: BUTTONS[c.lang].name(c.title, '') })
      const csvButton = figure.getByRole('button', {
        name: BUTTONS[c.lang].name(c.title, BUTTONS[c.lang].csv),
        exact: true,
      })
      await expect(csvButton, 'the view drawn, with its download').toBeVisible()
      await expect
        .soft(buttons, 'the data alone: no PNG or SVG of a view written in HTML')
        .toHaveText([BUTTONS[c.lang].csv])
      const base = `${c.tab}-${c.chart}-${c.lang}`

      expect.soft(await exportChunks(page), 'no export code loaded before a download is asked for').toEqual([])

      let csvText = ''
      await test.step('the CSV', async () => {
        const csv = await download(page, csvButton)
        expect.soft(csv.name, 'the file name').toBe(`${base}.csv`)
        csvText = await expectListsCsv(figure, c, csv.bytes)
      })
      await poll(() => exportChunks(page), 'the export code loaded on the first download').not.toEqual([])

      await test.step('the table view offers the same data, and every row of it', async () => {
        await chooseDisplay(page.getByRole('main'), TABLE_CHOICE[c.lang])
        const table = figure.getByRole('table')
        await expect(table).toBeVisible()
        await expect.soft(buttons, 'the data alone in the table view').toHaveText([BUTTONS[c.lang].csv])
        const again = await download(page, csvButton)
        expect.soft(again.bytes.toString('utf8') === csvText, 'the same CSV from the table view').toBe(true)
        const items = new Set(parseCsv(csvText.replace(/^\uFEFF/, '')).map((record) => record[0] ?? ''))
        const rowItems = await table.locator('tbody th[scope="row"]').allTextContents()
        expect.soft(rowItems.length, 'rows in the table').toBeGreaterThan(0)
        expect
          .soft(
            rowItems.map((item) => item.trim()).filter((item) => !items.has(item)),
            'every row of the table an item of the CSV',
          )
          .toEqual([])
      })
    })
  })
}

/** Parses the SVG in the page and reads what a viewer of the file would see. */
async function expectSvg(page: Page, figure: Locator, c: ExportCase, text: string) {
  const pageText = await figure.evaluate((element) => {
    const caption = element.querySelector('figcaption')
    const chart = [...element.querySelectorAll('svg.recharts-surface')]
      .map((svg) => svg.getBoundingClientRect())
      .sort((a, b) => b.width * b.height - a.width * a.height)[0]
    return { sourceLine: caption?.querySelector('p')?.textContent?.trim() ?? '', chartWidth: chart?.width ?? 0 }
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

  expect.soft(read.error, 'an SVG that parses as XML').toBeNull()
  expect
    .soft(`<${read.root}> in ${read.namespace}`, 'an <svg> root in the SVG namespace')
    .toBe('<svg> in http://www.w3.org/2000/svg')
  expect.soft(read.viewBox, 'a viewBox matching width and height').toBe(`0 0 ${read.width} ${read.height}`)
  expect
    .soft(read.width, `a width of the chart's ${Math.round(pageText.chartWidth)} px plus a margin of up to 64 px`)
    .toBeGreaterThanOrEqual(pageText.chartWidth)
  expect
    .soft(read.width, `a width of the chart's ${Math.round(pageText.chartWidth)} px plus a margin of up to 64 px`)
    .toBeLessThanOrEqual(pageText.chartWidth + 64)
  // Lines wrap, so the words are looked for in the text run together.
  const drawn = read.texts.join(' ').replace(/\s+/g, ' ')
  const joined = read.texts.join('')
  const includes = (words: string) =>
    words !== '' && (drawn.includes(words) || joined.includes(words.replace(/\s+/g, '')))
  expect.soft(read.title, 'the SVG <title>').toBe(c.title)
  for (const [what, words] of [
    ['title', c.title],
    ['source line', pageText.sourceLine],
    ['as-of date', AS_OF[c.lang]],
    ['link', `chart=${c.chart}`],
  ] as const) {
    expect
      .soft(includes(words), `the ${what} "${words}" drawn as text; the texts: ${read.texts.slice(0, 12).join('; ')}`)
      .toBe(true)
  }
  expect.soft(text.includes('var('), 'no var() left in the SVG').toBe(false)
  expect.soft(read.missing, 'every url(#…) defined in the file').toEqual([])
  if (c.pattern)
    expect.soft(read.references, `bars still filled with ${c.pattern} (hatching kept)`).toContain(c.pattern)
  return { width: read.width, height: read.height }
}

/** Reads the PNG's header, then decodes it in the page and looks at its pixels. */
async function expectPng(page: Page, c: ExportCase, bytes: Buffer, svgSize: { width: number; height: number } | null) {
  const signature = bytes.subarray(0, 8).toString('hex')
  expect(signature, 'the PNG signature').toBe('89504e470d0a1a0a')
  const header = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
  if (svgSize) {
    expect
      .soft(header, "a PNG twice the export's CSS size")
      .toEqual({ width: svgSize.width * 2, height: svgSize.height * 2 })
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
  expect(decoded, 'the PNG decodes in the browser').not.toBeNull()
  if (decoded === null) return
  expect.soft({ width: decoded.width, height: decoded.height }, 'the decoded image as its header says').toEqual(header)
  const { lightness, alpha } = decoded.corner
  expect
    .soft(
      alpha === 255 && (c.isDark ? lightness < 0.5 : lightness > 0.5),
      `an opaque ${themeName(c)} background: lightness ${lightness.toFixed(2)}, alpha ${alpha}`,
    )
    .toBe(true)
  expect.soft(decoded.colours, 'a drawn image, not a blank one (colours sampled)').toBeGreaterThanOrEqual(8)
}

/** The CSV against the chart's table: header, record count, labels, numbers, date and link. */
async function expectCsv(page: Page, figure: Locator, c: ExportCase, bytes: Buffer): Promise<string> {
  expect.soft(bytes.subarray(0, 3).toString('hex'), 'a UTF-8 byte-order mark').toBe('efbbbf')
  const text = bytes.toString('utf8')
  const [header = [], ...records] = parseCsv(text.replace(/^\uFEFF/, ''))
  expect.soft(header, 'the CSV header').toEqual(c.csvHeader)

  await chooseDisplay(page.getByRole('main'), TABLE_CHOICE[c.lang])
  const table = figure.getByRole('table')
  await expect(table).toBeVisible()
  const rows = await table.evaluate((element) =>
    [...element.querySelectorAll('tbody tr')].map((row) => ({
      label: row.querySelector('th')?.textContent?.trim() ?? '',
      cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
    })),
  )
  expect.soft(records.length, `${rows.length} records, as the table has rows`).toBe(rows.length)

  expectFirstColumn(
    c,
    records,
    rows.map((row) => row.label),
  )
  const valueAt = header.indexOf(c.lang === 'en' ? 'Value' : '数值')
  const nonNumeric = records
    .map((record) => record[valueAt] ?? '')
    .filter((value) => value === '' || !Number.isFinite(Number(value)))
  expect.soft(nonNumeric, 'a plain number in every Value cell').toEqual([])
  expectProvenance(c, header, records)
  return text
}

/** Every label shown in the first column, as written; Chinese labels in Chinese. */
function expectFirstColumn(c: CaseBase, records: string[][], shown: string[]) {
  const labels = new Set(records.map((record) => record[0] ?? ''))
  expect
    .soft(
      shown.filter((label) => !labels.has(label)),
      'every label shown in the first column, as written',
    )
    .toEqual([])
  if (c.lang === 'zh') {
    const chinese = records.filter((record) => /[\u4e00-\u9fff]/.test(record[0] ?? '')).length
    expect
      .soft(
        chinese > 0 && chinese === records.length,
        `Chinese labels in every record: ${chinese} of ${records.length}`,
      )
      .toBe(true)
  }
}

/** The as-of date and the link back to this chart's view, in every record. */
function expectProvenance(c: CaseBase, header: string[], records: string[][]) {
  const date = c.lang === 'en' ? '13 January 2023' : '2023年1月13日'
  expect
    .soft([...new Set(records.map((record) => record[header.length - 2]))], 'the as-of date of every record')
    .toEqual([date])
  const links = [...new Set(records.map((record) => record[header.length - 1] ?? ''))]
  const isLinked = links.every(
    (link) =>
      link.includes(APP_PATH) &&
      link.includes(`chart=${c.chart}`) &&
      link.includes(`lang=${c.lang}`) === (c.lang === 'zh'),
  )
  expect
    .soft(isLinked, `a link to this chart's view (chart=${c.chart}) in every record: ${links.join(', ')}`)
    .toBe(true)
}

/**
 * A view of lists' CSV against the view: header, a record per item shown (each with the list that
 * names it and its area, where the view shows them), labels, date and link.
 */
async function expectListsCsv(figure: Locator, c: ListsCase, bytes: Buffer): Promise<string> {
  expect.soft(bytes.subarray(0, 3).toString('hex'), 'a UTF-8 byte-order mark').toBe('efbbbf')
  const text = bytes.toString('utf8')
  const [header = [], ...records] = parseCsv(text.replace(/^\uFEFF/, ''))
  expect.soft(header, 'the CSV header').toEqual(c.csvHeader)

  const shown = await c.reads(figure)
  expect.soft(shown.length, 'items read from the view').toBeGreaterThan(0)
  expect.soft(records.length, `${shown.length} records, as the view shows items`).toBe(shown.length)
  const listAt = header.indexOf(c.csvHeader[1] ?? '')
  const areaAt = header.indexOf(c.csvHeader[4] ?? '')
  const missing = shown.filter(
    (item) =>
      !records.some(
        (record) =>
          record[0] === item.item &&
          (item.list === undefined || record[listAt] === item.list) &&
          (item.area === undefined || record[areaAt] === item.area),
      ),
  )
  expect
    .soft(
      missing.map((item) => `${item.item} (${item.list ?? '?'}, ${item.area ?? '?'})`),
      'every item shown in a record, with its list and area as the view shows them',
    )
    .toEqual([])
  expectFirstColumn(
    c,
    records,
    shown.map((item) => item.item),
  )
  expectProvenance(c, header, records)
  return text
}
