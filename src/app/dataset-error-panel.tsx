import { DatasetError } from '@/data/dataset-error'
import { DATASET_URL } from '@/data/dataset-query'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { Button } from '@/ui/button'
import { Notice } from '@/ui/notice'

const MAX_LISTED = 50

/** Says which way loading the dataset failed (missing, unreachable, not JSON, not the schema) and offers a retry. */
export function DatasetErrorPanel({
  error,
  onRetry,
  isRetrying,
}: {
  error: Error
  onRetry: () => void
  isRetrying: boolean
}) {
  const i18n = useI18nOnDemand()
  const file = DATASET_URL
  const known = error instanceof DatasetError ? error : null

  const title = known ? i18n.t(`error.${known.kind}.title`) : i18n.t('error.unknown.title')
  const body = (() => {
    if (!known) return error.message
    switch (known.kind) {
      case 'not-found':
      case 'network':
      case 'timeout':
        return i18n.t(`error.${known.kind}.body`, { file })
      case 'http':
        return i18n.t('error.http.body', { file, status: known.status ?? '?' })
      case 'malformed-json':
        return i18n.t('error.malformed-json.body', { file, detail: known.message.replace(`${file}: `, '') })
      case 'schema':
        return i18n.plural('error.schema.body', known.problems.length, { file })
    }
  })()

  return (
    <Notice tone="danger" role="alert" title={title}>
      <p>{body}</p>
      {known?.kind === 'schema' && (
        <>
          <ul className="mt-2 max-h-80 list-disc overflow-auto pl-5 font-mono text-xs">
            {known.problems.slice(0, MAX_LISTED).map((problem, index) => (
              <li key={index} className="break-words">
                <span className="font-semibold">{problem.path}</span>: {problem.message}
              </li>
            ))}
          </ul>
          {known.problems.length > MAX_LISTED && (
            <p className="mt-1">{i18n.t('error.schema.more', { count: known.problems.length - MAX_LISTED })}</p>
          )}
        </>
      )}
      <Button variant="primary" className="mt-3" onClick={onRetry} disabled={isRetrying}>
        {isRetrying ? i18n.t('error.retrying') : i18n.t('error.retry')}
      </Button>
    </Notice>
  )
}
