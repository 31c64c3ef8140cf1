import { useId, useState } from 'react'
import { chartTitles } from '@/i18n/chart-titles'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { ChoiceGroup } from '@/ui/choice-group'
import { CopyButton } from '@/ui/copy-button'
import { Dialog } from '@/ui/dialog'
import { parseOrigin } from '@/view-state/parse-view'
import { viewUrl } from '@/view-state/use-view-state'
import { defaultView, tabCharts, type ChartId, type View } from '@/view-state/view'
import { HOST_SCRIPT_FILE, toEmbedSnippet, toEmbedView } from '@/embed/embed-snippet'

const WHOLE_TAB = 'tab'

/** Writes the iframe code for the current view: the whole tab or one part, and optionally the host allowed to steer it. */
export function EmbedDialog({ view, onClose }: { view: View; onClose: () => void }) {
  const i18n = useI18nOnDemand()
  const hostId = useId()
  const hostErrorId = useId()
  const snippetId = useId()
  const [scope, setScope] = useState<ChartId | typeof WHOLE_TAB>(view.chart ?? WHOLE_TAB)
  const [hostText, setHostText] = useState('')
  const [isHostTouched, setIsHostTouched] = useState(false)

  const trimmedHost = hostText.trim()
  const host = trimmedHost === '' ? null : parseOrigin(trimmedHost)
  const isHostInvalid = trimmedHost !== '' && host === null
  const chart = scope === WHOLE_TAB ? null : scope

  const tabTitle = i18n.t(`tab.${view.tab}`)
  const viewTitle = chart ? `${tabTitle} · ${i18n.t(chartTitles[chart])}` : tabTitle
  // The page's own address without a query: index.html's folder, where embed-host.js is deployed.
  const appUrl = viewUrl(defaultView)
  const snippet = toEmbedSnippet({
    src: viewUrl(toEmbedView(view, chart, host)),
    title: `${viewTitle} · ${i18n.t('app.siteName')}`,
    scriptSrc: new URL(HOST_SCRIPT_FILE, appUrl).href,
  })

  return (
    <Dialog title={i18n.t('embed.dialog.title')} closeLabel={i18n.t('dialog.close')} onClose={onClose}>
      <p className="text-sm">{i18n.t('embed.dialog.intro')}</p>
      <ChoiceGroup
        legend={i18n.t('embed.dialog.scope')}
        value={scope}
        onChange={setScope}
        choices={[
          { value: WHOLE_TAB, label: i18n.t('embed.dialog.wholeTab', { tab: tabTitle }) },
          ...tabCharts[view.tab].map((id) => ({ value: id, label: i18n.t(chartTitles[id]) })),
        ]}
      />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={hostId} className="text-sm font-semibold">
          {i18n.t('embed.dialog.host')}
        </label>
        <input
          id={hostId}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://intranet.example"
          value={hostText}
          onChange={(event) => setHostText(event.target.value)}
          onBlur={() => setIsHostTouched(true)}
          aria-invalid={isHostInvalid && isHostTouched}
          aria-describedby={isHostInvalid && isHostTouched ? hostErrorId : undefined}
          className="min-h-10 w-full min-w-0 rounded-md border border-line bg-raised px-3 text-sm aria-invalid:border-danger"
        />
        {isHostInvalid && isHostTouched && (
          <p id={hostErrorId} className="text-sm text-danger">
            {i18n.t('embed.dialog.hostInvalid')}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={snippetId} className="text-sm font-semibold">
          {i18n.t('embed.dialog.snippet')}
        </label>
        <textarea
          id={snippetId}
          readOnly
          rows={12}
          value={snippet}
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 resize-y rounded-md border border-line-soft bg-sunken p-2.5 font-mono text-xs break-all"
        />
        <p className="text-sm text-ink-muted">{i18n.t('embed.dialog.csp', { origin: new URL(appUrl).origin })}</p>
      </div>
      <div>
        <CopyButton
          size="sm"
          text={snippet}
          disabled={isHostInvalid}
          label={i18n.t('embed.dialog.copy')}
          copiedLabel={i18n.t('copy.done')}
          failedLabel={i18n.t('copy.failed')}
        />
      </div>
    </Dialog>
  )
}
