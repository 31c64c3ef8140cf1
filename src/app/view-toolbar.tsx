import { lazy, Suspense, useState } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { CopyButton } from '@/ui/copy-button'
import { cx } from '@/ui/class-names'
import { Dropdown } from '@/ui/dropdown'
import { viewUrl, type SetView } from '@/view-state/use-view-state'
import { isReferenceTab, type View } from '@/view-state/view'
import { presentView, type PartsOf } from '@/present/use-present-key'

const EmbedDialog = lazy(() => import('@/embed/embed-dialog').then((m) => ({ default: m.EmbedDialog })))
const DeckDialog = lazy(() => import('@/present/deck-dialog').then((m) => ({ default: m.DeckDialog })))
const CiteDialog = lazy(() => import('@/app/cite-dialog').then((m) => ({ default: m.CiteDialog })))

type Open = 'none' | 'cite' | 'embed' | 'deck'

/** Share the view: copy its link, cite it, embed it, or present from it (also the P key). */
export function ViewToolbar({
  view,
  setView,
  meta,
  partsOf,
  className,
}: {
  view: View
  setView: SetView
  meta: Dataset['meta'] | undefined
  partsOf: PartsOf
  className?: string
}) {
  const i18n = useI18n()
  const [open, setOpen] = useState<Open>('none')
  const present = () => setView((current) => presentView(current, partsOf))

  return (
    <div
      className={cx('flex flex-wrap items-center gap-1.5', className)}
      role="group"
      aria-label={i18n.t('share.label')}
    >
      <Dropdown label={i18n.t('share.menu')} isInlineOnWide>
        <div className="flex flex-col items-stretch gap-1.5 sm:flex-row sm:flex-wrap sm:items-center">
          <CopyButton
            size="sm"
            text={() => viewUrl(view)}
            label={i18n.t('share.copyLink')}
            copiedLabel={i18n.t('share.copied')}
            failedLabel={i18n.t('copy.failed')}
          />
          <Button size="sm" onClick={() => setOpen('cite')} disabled={!meta}>
            {i18n.t('cite.title')}
          </Button>
          {/* The All figures table is not offered as an embed (view.ts, isReferenceTab). */}
          {!isReferenceTab(view.tab) && (
            <Button size="sm" onClick={() => setOpen('embed')}>
              {i18n.t('share.embed')}
            </Button>
          )}
          <Button size="sm" onClick={() => setOpen('deck')}>
            {i18n.t('share.deck')}
          </Button>
        </div>
      </Dropdown>
      <Button size="sm" variant="primary" onClick={present} aria-keyshortcuts="P">
        {i18n.t('share.present')}
      </Button>
      {open === 'cite' && meta && (
        <Suspense fallback={null}>
          <CiteDialog meta={meta} onClose={() => setOpen('none')} />
        </Suspense>
      )}
      {open === 'deck' && (
        <Suspense fallback={null}>
          <DeckDialog view={view} setView={setView} onClose={() => setOpen('none')} />
        </Suspense>
      )}
      {open === 'embed' && (
        <Suspense fallback={null}>
          <EmbedDialog view={view} onClose={() => setOpen('none')} />
        </Suspense>
      )}
    </div>
  )
}
