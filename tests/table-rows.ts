import { within } from '@testing-library/react'

/** A table's body rows: those with a row header, as every figure and count table has. */
export const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader'))

/** The text of a body row's header and of its last cell (the value or the total). */
export const headerAndLast = (row: HTMLElement) => [
  within(row).getByRole('rowheader').textContent,
  within(row).getAllByRole('cell').at(-1)?.textContent,
]
