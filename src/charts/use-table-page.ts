import { useState } from 'react'
import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'

const PAGE_SIZE = 50

/** One page of a long table's rows, and what its pager needs: a big dataset never builds 100,000 rows. */
export function useTablePage<T>(rows: T[]) {
  const i18n = useI18n()
  const [requested, setPage] = useState(0)
  const page = Math.min(requested, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1))
  const from = page * PAGE_SIZE
  const pageRows = rows.slice(from, from + PAGE_SIZE)
  return {
    pageRows,
    pager: {
      page,
      pageSize: PAGE_SIZE,
      total: rows.length,
      onPage: setPage,
      status: i18n.t('table.page', {
        from: formatCount(from + 1, i18n.locale),
        to: formatCount(from + pageRows.length, i18n.locale),
        total: formatCount(rows.length, i18n.locale),
      }),
      previousLabel: i18n.t('table.previous'),
      nextLabel: i18n.t('table.next'),
    },
  }
}
