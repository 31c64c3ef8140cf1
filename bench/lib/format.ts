// Figures as the tables print them, always with their unit.

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || Number.isNaN(value)

export const kB = (bytes: number | null | undefined) => (missing(bytes) ? '–' : `${(bytes / 1000).toFixed(1)} kB`)
export const MB = (bytes: number | null | undefined) => (missing(bytes) ? '–' : `${(bytes / 1e6).toFixed(2)} MB`)
export const ms = (value: number | null | undefined) =>
  missing(value) ? '–' : `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`
export const ratio = (value: number | null | undefined) => (missing(value) ? '–' : `${value.toFixed(2)}×`)
export const count = (value: number | null | undefined) => (missing(value) ? '–' : value.toLocaleString('en'))

/** PASS or OVER a ceiling (or, with `atLeast`, a floor); '–' when there is no figure. */
export function verdict(value: number | null | undefined, limit: number, atLeast = false): string {
  if (missing(value)) return '–'
  return (atLeast ? value >= limit : value <= limit) ? 'PASS' : 'OVER'
}

export type Table = { title: string; head: string[]; rows: string[][]; notes?: string[] }

/** A plain-text table, columns padded to their widest cell; numbers right-aligned. */
export function renderTable({ title, head, rows, notes = [] }: Table): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)))
  // A column is right-aligned when every filled cell starts like a figure.
  const isNumeric = head.map((_, i) => {
    const cells = rows.map((row) => row[i] ?? '').filter((cell) => cell !== '')
    return cells.length > 0 && cells.every((cell) => /^[-–<>≈~\d.,]/.test(cell))
  })
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (isNumeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [
    `\n${title}`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    ...notes.map((note) => `  ${note}`),
  ].join('\n')
}
