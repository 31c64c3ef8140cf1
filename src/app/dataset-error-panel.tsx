import { useMemo } from 'react'
import { DatasetError } from '@/data/dataset-error'
import { DATASET_URL } from '@/data/dataset-query'
import { formatProblem, locateProblems } from '@/data/locate-problems'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { Notice } from '@/ui/notice'

const MAX_LISTED = 50

/**
 * Says which way loading the dataset failed (missing, unreachable, not JSON, not the schema) and offers
 * a retry. Schema problems are listed as validate-data prints them: `12:18 facts[3].value: expected …`.
 */
export function DatasetErrorPanel({
  error,
  onRetry,
  isRetrying,
}: {
  error: Error
  onRetry: () => void
  isRetrying: boolean
}) {
  const i18n = useI18n()
  const file = DATASET_URL
  const known = error instanceof DatasetError ? error : null
  // Finding lines reads the whole file: once per error, not on every render.
  const problems = useMemo(
    () => (error instanceof DatasetError ? locateProblems(error.problems, error.text) : []),
    [error],
  )

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
            {problems.slice(0, MAX_LISTED).map((problem, index) => (
              <li key={index} className="break-words">
                {formatProblem(problem)}
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
