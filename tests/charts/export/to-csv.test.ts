// @vitest-environment node
import { toCsv, type CsvColumn } from '@/charts/export/to-csv'
import { parseCsv } from './parse-csv'

type Row = { label: string; value: number | null }
const columns: CsvColumn<Row>[] = [
  { header: 'Label', cell: (row) => row.label },
  { header: 'Value', cell: (row) => row.value },
]
const csvOf = (...rows: Row[]) => toCsv(rows, columns)
const cellsOf = (...rows: Row[]) => parseCsv(csvOf(...rows).slice(1))

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, so Excel reads Chinese as Chinese', () => {
    const csv = csvOf({ label: '汽车产量', value: 1 })
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
    expect(cellsOf({ label: '汽车产量', value: 1 })[1]).toEqual(['汽车产量', '1'])
  })

  it('writes a header row and one record per row, each ending in CRLF', () => {
    const csv = csvOf({ label: 'a', value: 1 }, { label: 'b', value: 2 })
    expect(csv).toBe('\uFEFFLabel,Value\r\na,1\r\nb,2\r\n')
  })

  it('writes numbers as plain numbers and a missing value as an empty cell', () => {
    expect(
      cellsOf({ label: 'x', value: 2912903000000 }, { label: 'y', value: 34.8 }, { label: 'z', value: null }),
    ).toEqual([
      ['Label', 'Value'],
      ['x', '2912903000000'],
      ['y', '34.8'],
      ['z', ''],
    ])
  })

  it('quotes cells with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    const tricky = ['a, b', 'say "hi"', 'line\nbreak', 'cr\r\nlf', ' padded ']
    const csv = csvOf(...tricky.map((label) => ({ label, value: 1 })))
    expect(csv).toContain('"a, b",1')
    expect(csv).toContain('"say ""hi""",1')
    expect(
      parseCsv(csv.slice(1))
        .slice(1)
        .map(([label]) => label),
    ).toEqual(tricky)
  })

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\rx', ' =1', '\u3000=1', '＝1', '＠x'])(
    'makes %j safe: shown as text, not run as a formula',
    (label) => {
      const [, record] = cellsOf({ label, value: 1 })
      expect(record?.[0]).toBe(`'${label}`)
    },
  )

  it('leaves text that only contains formula characters alone', () => {
    expect(cellsOf({ label: '2022 → 2027 (+34.8%)', value: 1 })[1]?.[0]).toBe('2022 → 2027 (+34.8%)')
    expect(cellsOf({ label: 'a=b', value: 1 })[1]?.[0]).toBe('a=b')
  })

  it('keeps a negative number a number', () => {
    expect(cellsOf({ label: 'change', value: -2.5 })[1]).toEqual(['change', '-2.5'])
  })

  it('guards headers too', () => {
    const csv = toCsv([], [{ header: '=cmd', cell: () => '' }])
    expect(csv).toBe("\uFEFF'=cmd\r\n")
  })
})
