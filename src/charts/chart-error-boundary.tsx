import type { ReactNode } from 'react'
import { useI18n } from '@/i18n/i18n'
import { ErrorBoundary } from '@/ui/error-boundary'
import { Notice } from '@/ui/notice'

/**
 * Keeps one broken chart from taking the page down: it shows its own error box instead, until
 * `resetKey` changes.
 */
export function ChartErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  return (
    <ErrorBoundary resetKey={resetKey} fallback={(error) => <ChartError error={error} />}>
      {children}
    </ErrorBoundary>
  )
}

function ChartError({ error }: { error: Error }) {
  const i18n = useI18n()
  return (
    <Notice tone="danger" title={i18n.t('error.chart.title')}>
      {i18n.t('error.chart.body', { detail: error.message.slice(0, 200) })}
    </Notice>
  )
}
