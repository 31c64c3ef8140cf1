import { useId, useState } from 'react'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { CopyButton } from '@/ui/copy-button'
import { Dialog } from '@/ui/dialog'
import { viewUrl, type SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { parseDeckLinks } from '@/present/deck-links'

/** A presenter builds a deck from links they copied; the deck is a link too, so it can be sent ahead. */
export function DeckDialog({ view, setView, onClose }: { view: View; setView: SetView; onClose: () => void }) {
  const i18n = useI18n()
  const fieldId = useId()
  const [text, setText] = useState('')
  const { slides, ignored } = parseDeckLinks(text, window.location.href)
  const deckView: View = { ...view, mode: 'present', deck: slides, slide: 1, source: null }

  return (
    <Dialog title={i18n.t('deck.title')} closeLabel={i18n.t('dialog.close')} onClose={onClose}>
      <p className="text-sm">{i18n.t('deck.intro')}</p>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={fieldId} className="font-medium">
          {i18n.t('deck.links')}
        </label>
        <textarea
          id={fieldId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={6}
          spellCheck={false}
          className="w-full rounded-md border border-line bg-raised p-2 font-mono text-xs"
        />
        <p className="text-sm" aria-live="polite">
          {i18n.plural('deck.count', slides.length)}
        </p>
        {ignored.length > 0 && (
          <ul className="text-sm text-danger">
            {ignored.map((line, index) => (
              <li key={index} className="break-all">
                {i18n.t('deck.ignored', { line: line.slice(0, 120) })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" disabled={slides.length === 0} onClick={() => setView(() => deckView)}>
          {i18n.t('deck.start')}
        </Button>
        <CopyButton
          text={viewUrl(deckView)}
          label={i18n.t('deck.copyLink')}
          copiedLabel={i18n.t('share.copied')}
          failedLabel={i18n.t('copy.failed')}
          disabled={slides.length === 0}
        />
      </div>
    </Dialog>
  )
}
