import { useI18n } from '@/i18n/i18n'
import { Skeleton } from '@/ui/skeleton'

/** The shape of a tab while its data or code arrives, with a status line for screen readers. */
export function TabSkeleton() {
  const i18n = useI18n()
  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="text-ink-muted">
        {i18n.t('loading.dataset')}
      </p>
      <Skeleton className="h-8 w-2/3" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((key) => (
          <Skeleton key={key} className="h-36" />
        ))}
      </div>
      <Skeleton className="h-72" />
    </div>
  )
}
