import type { LocalText } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { useOpenSource } from '@/view-state/use-open-source'

/** A card's "Source" button: opens the source panel of the figure or statement it shows. */
export function CardSourceButton({ id, label }: { id: string; label: LocalText }) {
  const i18n = useI18n()
  const openSource = useOpenSource()
  return (
    <div>
      <Button
        size="sm"
        variant="ghost"
        className="-ml-2.5"
        onClick={() => openSource(id)}
        aria-label={i18n.t('source.openFor', { label: i18n.local(label) })}
      >
        {i18n.t('source.open')}
      </Button>
    </div>
  )
}
