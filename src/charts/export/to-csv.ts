type CsvCell = string | number | null | undefined
export type CsvColumn<Row> = { header: string; cell: (row: Row) => CsvCell }

/** Excel reads a CSV without a byte-order mark in the system code page, which garbles Chinese. */
const BYTE_ORDER_MARK = '\uFEFF'
const LINE_END = '\r\n'

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return can hide one, and some programs skip leading spaces or read the
// full-width forms an IME types, so those count too.
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/

/**
 * Rows as RFC 4180 CSV for spreadsheets: UTF-8 byte-order mark, a header row, CRLF line ends.
 * Numbers stay numbers (a negative value is not a formula); text that a spreadsheet would run is
 * prefixed with an apostrophe, which shows it as the text it is.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const lines = [
    columns.map((column) => formatCell(column.header)),
    ...rows.map((row) => columns.map((column) => formatCell(column.cell(row)))),
  ]
  return BYTE_ORDER_MARK + lines.map((cells) => cells.join(',')).join(LINE_END) + LINE_END
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
