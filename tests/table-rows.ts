import { within } from '@testing-library/react'

/** A table's body rows: those with a row header, as every figure and count table has. */
export const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('rowheader'))
