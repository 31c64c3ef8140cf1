import { useCallback, useState, type ReactNode } from 'react'
import type { Dataset } from '@/data/schema'
import { chartTitleKey } from '@/i18n/chart-titles'
import { formatDate } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { useDocumentTitle } from '@/ui/use-document-title'
import { viewUrl, type SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { EmbedSourceNotice } from '@/embed/embed-source-notice'
import { useHostCommands } from '@/embed/use-host-commands'
import { usePostHeight } from '@/embed/use-post-height'
import { useResponsiveSizingMeta } from '@/embed/use-responsive-sizing-meta'

type EmbedLayoutProps = {
  view: View
  setView: SetView
  data: Dataset | undefined
  /** What the app says about parts of the URL it ignored. */
  notice: ReactNode
  /** The view's content; it already leaves out the tab intro, and the filters when one part is shown. */
  children: ReactNode
}

/**
 * One tab or one part of it inside another page's iframe: no header, tabs or toolbar, just a
 * heading, the content, where it comes from, and a way out to the full app. The page is exactly as
 * tall as its content, and tells the host page so, so the frame never needs a scrollbar.
 */
export function EmbedLayout({ view, setView, data, notice, children }: EmbedLayoutProps) {
  const i18n = useI18n()
  useDocumentTitle(i18n.t('app.documentTitle', { view: i18n.t(`tab.${view.tab}`) }))
  const [commandCount, setCommandCount] = useState(0)
  const onCommandApplied = useCallback(() => setCommandCount((count) => count + 1), [])

  useResponsiveSizingMeta()
  usePostHeight(view, commandCount)
  useHostCommands(view, setView, onCommandApplied)

  const fullViewUrl = viewUrl({ ...view, mode: 'app', host: null })

  return (
    <div className="mx-auto flex max-w-7xl min-w-0 flex-col gap-3 p-3 sm:p-4">
      {/* The content brings its own large title (the tab's intro, or the part's figure), so this only says where it belongs. */}
      <h1 className="text-sm font-semibold text-ink-muted">
        {i18n.t(`tab.${view.tab}`)}
        {view.chart && (
          <>
            {' · '}
            <span>{i18n.t(chartTitleKey(view.tab, view.chart))}</span>
          </>
        )}
      </h1>
      {notice}
      <EmbedSourceNotice view={view} setView={setView} data={data} />
      <main className="min-w-0">{children}</main>
      <footer className="flex flex-col gap-2 border-t border-line-soft pt-2 text-sm text-ink-muted sm:flex-row sm:items-start sm:justify-between sm:gap-6">
        {data && (
          <div className="min-w-0">
            <p>
              {i18n.t('embed.source', {
                date: formatDate(data.meta.event.date, i18n.locale),
                publisher: data.meta.article.publisher,
              })}
            </p>
            <p>{i18n.t('app.asOf', { date: formatDate(data.meta.asOf, i18n.locale) })}</p>
          </div>
        )}
        <a
          href={fullViewUrl}
          target="_blank"
          rel="noopener"
          className="shrink-0 font-medium text-accent underline underline-offset-2 hover:no-underline"
        >
          {i18n.t('embed.openFull')} <span className="sr-only">{i18n.t('embed.newTab')}</span>
          <span aria-hidden="true">↗</span>
        </a>
      </footer>
    </div>
  )
}
