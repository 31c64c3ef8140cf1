import { useEffect, useRef } from 'react'
import type { Dataset } from '@/data/schema'
import { selectSource } from '@/data/select-source'
import { useI18n } from '@/i18n/i18n'
import { Notice } from '@/ui/notice'
import { viewUrl, type SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'

type EmbedSourceNoticeProps = { view: View; setView: SetView; data: Dataset | undefined }

/**
 * A figure's "Source" in an embed. The app's source panel is a modal centred in the viewport, and
 * the viewport of a frame as tall as its content can be far from where the reader is looking; so
 * the embed names the figure and links to the full view with its source panel open. The quotes
 * themselves stay one click away inside each chart.
 */
export function EmbedSourceNotice({ view, setView, data }: EmbedSourceNoticeProps) {
  const i18n = useI18n()
  const linkRef = useRef<HTMLAnchorElement>(null)
  const target = data && view.source ? selectSource(data, view.source) : null

  useEffect(() => {
    // Focus moves to the link, which also brings it into the reader's view, in the frame and the host page.
    if (view.source) linkRef.current?.focus()
  }, [view.source])

  if (!target) return null
  return (
    <Notice
      tone="info"
      title={i18n.t('source.openFor', { label: i18n.local(target.row.label) })}
      onDismiss={() => setView((v) => ({ ...v, source: null }), { mode: 'replace' })}
      dismissLabel={i18n.t('dialog.close')}
      className="px-3 py-2"
    >
      <a
        ref={linkRef}
        href={viewUrl({ ...view, mode: 'app', host: null })}
        target="_blank"
        rel="noopener"
        className="font-medium text-accent underline underline-offset-2 hover:no-underline"
      >
        {i18n.t('embed.sourceInFullView')} <span className="sr-only">{i18n.t('embed.newTab')}</span>
        <span aria-hidden="true">↗</span>
      </a>
    </Notice>
  )
}
