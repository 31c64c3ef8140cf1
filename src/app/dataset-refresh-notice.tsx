import type { UseQueryResult } from '@tanstack/react-query'
import { DatasetError } from '@/data/dataset-error'
import type { Dataset } from '@/data/schema'
import { localeTags } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { Notice } from '@/ui/notice'

/**
 * A look for a newer dataset failed after the figures were on screen (offline, a server error, a
 * broken replacement file): the view stays as it was, and this says so, with a retry.
 */
export function DatasetRefreshNotice({ dataset }: { dataset: UseQueryResult<Dataset> }) {
  const i18n = useI18n()
  if (!dataset.data || !dataset.isRefetchError) return null
  const kind = dataset.error instanceof DatasetError ? dataset.error.kind : 'unknown'
  const time = new Intl.DateTimeFormat(localeTags[i18n.locale], { timeStyle: 'short' }).format(dataset.dataUpdatedAt)
  return (
    <Notice tone="note" title={i18n.t('refresh.title')}>
      <p>{i18n.t('refresh.body', { reason: i18n.t(`error.${kind}.title`), time })}</p>
      <Button size="sm" className="mt-2" onClick={() => void dataset.refetch()} disabled={dataset.isFetching}>
        {dataset.isFetching ? i18n.t('error.retrying') : i18n.t('error.retry')}
      </Button>
    </Notice>
  )
}
