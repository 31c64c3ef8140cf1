import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { Dialog } from '@/ui/dialog'
import { CiteThisView } from '@/app/cite-this-view'

/** "Cite this view" from the toolbar, on its own. */
export function CiteDialog({ meta, onClose }: { meta: Dataset['meta']; onClose: () => void }) {
  const i18n = useI18n()
  return (
    <Dialog title={i18n.t('cite.title')} closeLabel={i18n.t('dialog.close')} onClose={onClose}>
      <CiteThisView meta={meta} />
    </Dialog>
  )
}
