import { useId, useState } from 'react'
import { chartTitleKey } from '@/i18n/chart-titles'
import { useI18n } from '@/i18n/i18n'
import { Button } from '@/ui/button'
import { CopyButton } from '@/ui/copy-button'
import { Dialog } from '@/ui/dialog'
import { deckForView, deckOf } from '@/view-state/deck'
import { TITLE_SLIDE } from '@/view-state/default-deck'
import { parseView } from '@/view-state/parse-view'
import { serializeView } from '@/view-state/serialize-view'
import { viewUrl, type SetView } from '@/view-state/use-view-state'
import { defaultView, tabCharts, tabs, type View } from '@/view-state/view'
import { parseDeckLinks, type RefusedLink } from '@/present/deck-links'

const asLink = (view: View) => serializeView(view).replace(/^\?/, '')

/** Every part of the dashboard a slide can show, grouped by tab: each tab's parts, unfiltered. */
const partLinks = tabs.map((tab) => ({
  tab,
  links: tabCharts[tab].map((chart) => asLink({ ...defaultView, tab, chart })),
}))

/**
 * A presenter builds a deck: parts of the dashboard picked from a list, links to views pasted, in
 * an order they set. The deck is a link too, so it can be sent ahead.
 */
export function DeckDialog({ view, setView, onClose }: { view: View; setView: SetView; onClose: () => void }) {
  const i18n = useI18n()
  const pickId = useId()
  const linksId = useId()
  // This view as shown (filters, part, table), if it is more than a plain tab.
  const thisView = asLink({ ...view, mode: 'app', lang: defaultView.lang, theme: defaultView.theme, source: null })
  const [slides, setSlides] = useState<string[]>(() => [...deckOf({ ...view, deck: deckForView(view) })])
  const [picked, setPicked] = useState(thisView || TITLE_SLIDE)
  const [text, setText] = useState('')
  const [refused, setRefused] = useState<RefusedLink[]>([])
  const deckView: View = { ...view, mode: 'present', deck: slides, slide: 1, source: null }

  const label = (link: string) => {
    if (link === TITLE_SLIDE) return i18n.t('deck.titleSlide')
    const { view: slideView } = parseView(link)
    const tab = i18n.t(`tab.${slideView.tab}`)
    if (!slideView.chart) return tab
    return i18n.t('deck.slideLabel', { tab, part: i18n.t(chartTitleKey(slideView.tab, slideView.chart)) })
  }
  const move = (index: number, by: number) =>
    setSlides((current) => {
      const next = [...current]
      const [slide] = next.splice(index, 1)
      if (slide !== undefined) next.splice(index + by, 0, slide)
      return next
    })
  const addLinks = () => {
    const parsed = parseDeckLinks(text, window.location.href)
    setSlides((current) => [...current, ...parsed.slides])
    setRefused(parsed.refused)
    setText(parsed.refused.map((r) => r.line).join('\n'))
  }

  return (
    <Dialog title={i18n.t('deck.title')} closeLabel={i18n.t('dialog.close')} onClose={onClose}>
      <p className="text-sm">{i18n.t('deck.intro')}</p>
      <section aria-labelledby={`${pickId}-slides`} className="flex flex-col gap-1.5">
        <h3 id={`${pickId}-slides`} className="font-medium">
          {i18n.t('deck.slides')}{' '}
          <span className="font-normal text-ink-muted" aria-live="polite">
            ({i18n.plural('deck.count', slides.length)})
          </span>
        </h3>
        {slides.length === 0 ? (
          <p className="text-sm text-ink-muted">{i18n.t('deck.empty')}</p>
        ) : (
          <ol className="flex max-h-72 flex-col gap-1 overflow-y-auto rounded-md border border-line p-1">
            {slides.map((link, index) => {
              const name = label(link)
              return (
                <li key={`${index}-${link}`} className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-sunken">
                  <span className="w-6 shrink-0 text-right text-sm tabular-nums text-ink-muted">{index + 1}</span>
                  <span className="min-w-0 flex-1 text-sm">
                    {name}
                    {link !== TITLE_SLIDE && (
                      <span className="block truncate font-mono text-xs text-ink-muted">{link || '?'}</span>
                    )}
                  </span>
                  <Button
                    size="sm"
                    aria-label={i18n.t('deck.moveUp', { slide: name })}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </Button>
                  <Button
                    size="sm"
                    aria-label={i18n.t('deck.moveDown', { slide: name })}
                    disabled={index === slides.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </Button>
                  <Button
                    size="sm"
                    aria-label={i18n.t('deck.remove', { slide: name })}
                    onClick={() => setSlides((current) => current.filter((_, i) => i !== index))}
                  >
                    <span aria-hidden="true">×</span>
                  </Button>
                </li>
              )
            })}
          </ol>
        )}
      </section>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1.5">
          <label htmlFor={`${pickId}-part`} className="font-medium">
            {i18n.t('deck.part')}
          </label>
          <select
            id={`${pickId}-part`}
            value={picked}
            onChange={(event) => setPicked(event.target.value)}
            className="min-h-10 rounded-md border border-line bg-raised px-2 text-sm"
          >
            {thisView && <option value={thisView}>{i18n.t('deck.thisView', { view: label(thisView) })}</option>}
            <option value={TITLE_SLIDE}>{i18n.t('deck.titleSlide')}</option>
            {partLinks.map(({ tab, links }) => (
              <optgroup key={tab} label={i18n.t(`tab.${tab}`)}>
                {links.map((link) => (
                  <option key={link} value={link}>
                    {label(link)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <Button onClick={() => setSlides((current) => [...current, picked])}>{i18n.t('deck.add')}</Button>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={linksId} className="font-medium">
          {i18n.t('deck.links')}
        </label>
        <textarea
          id={linksId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={3}
          spellCheck={false}
          className="w-full rounded-md border border-line bg-raised p-2 font-mono text-xs"
        />
        <div>
          <Button size="sm" disabled={text.trim() === ''} onClick={addLinks}>
            {i18n.t('deck.addLinks')}
          </Button>
        </div>
        <ul className="text-sm text-danger" aria-live="polite">
          {refused.map(({ line, reason }, index) => (
            <li key={index} className="break-all">
              {i18n.t(reason === 'other-site' ? 'deck.otherSite' : 'deck.ignored', { line: line.slice(0, 120) })}
            </li>
          ))}
        </ul>
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
