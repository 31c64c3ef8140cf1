import { useEffect, useId, useRef, useState } from 'react'
import { chartTitleKey } from '@/i18n/chart-titles'
import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { ChoiceGroup } from '@/ui/choice-group'
import { CopyButton } from '@/ui/copy-button'
import { Dialog } from '@/ui/dialog'
import { parseOrigin } from '@/view-state/parse-view'
import { viewUrl } from '@/view-state/use-view-state'
import { defaultView, tabCharts, type ChartId, type View } from '@/view-state/view'
import { readHeightMessage } from '@/embed/embed-protocol'
import { HOST_SCRIPT_FILE, toEmbedSnippet, toEmbedView } from '@/embed/embed-snippet'

const WHOLE_TAB = 'tab'
/** Widths to preview and write into the code: a phone, a column, a page. */
const widths = ['360', '640', '800'] as const
type Width = (typeof widths)[number]

/**
 * The code to put this view on another page, in plain words: what to show, at what width, a live
 * preview at that width, then two codes, one for pages that keep scripts (the frame sizes itself)
 * and one for pages that strip them (a fixed height, measured from the preview). Letting the host
 * page steer the view by script is an option folded away.
 */
export function EmbedDialog({ view, onClose }: { view: View; onClose: () => void }) {
  const i18n = useI18n()
  const hostId = useId()
  const hostErrorId = useId()
  const frameRef = useRef<HTMLIFrameElement>(null)
  const [scope, setScope] = useState<ChartId | typeof WHOLE_TAB>(view.chart ?? WHOLE_TAB)
  const [width, setWidth] = useState<Width>('640')
  const [measured, setMeasured] = useState<{ src: string; height: number } | null>(null)
  const [hostText, setHostText] = useState('')
  const [isHostTouched, setIsHostTouched] = useState(false)

  const trimmedHost = hostText.trim()
  const host = trimmedHost === '' ? null : parseOrigin(trimmedHost)
  const isHostInvalid = trimmedHost !== '' && host === null
  const chart = scope === WHOLE_TAB ? null : scope
  const tabTitle = i18n.t(`tab.${view.tab}`)
  const viewTitle = chart ? `${tabTitle} · ${i18n.t(chartTitleKey(view.tab, chart))}` : tabTitle
  // The page's own address without a query: index.html's folder, where embed-host.js is deployed.
  const appUrl = viewUrl(defaultView)
  const previewSrc = viewUrl(toEmbedView(view, chart, null))
  const frameKey = `${previewSrc}|${width}`
  const height = measured?.src === frameKey ? measured.height : null
  const common = {
    src: viewUrl(toEmbedView(view, chart, host)),
    title: `${viewTitle} · ${i18n.t('app.siteName')}`,
    width: Number(width),
  }
  const autoSnippet = toEmbedSnippet({ ...common, height: null, scriptSrc: new URL(HOST_SCRIPT_FILE, appUrl).href })
  const fixedSnippet = toEmbedSnippet({ ...common, height, scriptSrc: null })

  // The preview says how tall it is, as an embed tells any page that frames it.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frameRef.current?.contentWindow) return
      const reported = readHeightMessage(event.data)
      if (reported !== null) setMeasured({ src: frameKey, height: reported })
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [frameKey])

  return (
    <Dialog
      title={i18n.t('embed.dialog.title')}
      closeLabel={i18n.t('dialog.close')}
      onClose={onClose}
      className="w-[min(56rem,calc(100vw-1.5rem))]"
    >
      <p className="text-sm">{i18n.t('embed.dialog.intro')}</p>
      <div className="flex flex-wrap gap-x-8 gap-y-3">
        <ChoiceGroup
          legend={i18n.t('embed.dialog.scope')}
          value={scope}
          onChange={setScope}
          choices={[
            { value: WHOLE_TAB, label: i18n.t('embed.dialog.wholeTab', { tab: tabTitle }) },
            ...tabCharts[view.tab].map((id) => ({ value: id, label: i18n.t(chartTitleKey(view.tab, id)) })),
          ]}
        />
        <ChoiceGroup
          legend={i18n.t('embed.dialog.width')}
          value={width}
          onChange={setWidth}
          choices={widths.map((value) => ({ value, label: i18n.t(`embed.dialog.width.${value}`) }))}
        />
      </div>
      <section aria-label={i18n.t('embed.dialog.preview')} className="flex flex-col gap-1.5">
        <h3 className="text-sm font-semibold">{i18n.t('embed.dialog.preview')}</h3>
        <div className="max-h-[28rem] overflow-auto rounded-md border border-line-soft bg-sunken p-2">
          <iframe
            key={frameKey}
            ref={frameRef}
            src={previewSrc}
            title={i18n.t('embed.dialog.previewOf', { title: viewTitle })}
            width={width}
            height={height ?? 400}
            className="block max-w-none border border-line bg-surface"
          />
        </div>
        <p className="text-sm text-ink-muted" role="status">
          {height === null
            ? i18n.t('embed.dialog.measuring')
            : i18n.t('embed.dialog.measured', { height: formatCount(height, i18n.locale), width })}
        </p>
      </section>
      <Snippet
        title={i18n.t('embed.dialog.autoTitle')}
        hint={i18n.t('embed.dialog.autoHint')}
        code={autoSnippet}
        copyLabel={i18n.t('embed.dialog.copyAuto')}
        isDisabled={isHostInvalid}
      />
      <Snippet
        title={i18n.t('embed.dialog.fixedTitle')}
        hint={i18n.t('embed.dialog.fixedHint')}
        code={fixedSnippet}
        copyLabel={i18n.t('embed.dialog.copyFixed')}
        isDisabled={isHostInvalid || height === null}
      />
      <p className="text-sm text-ink-muted">{i18n.t('embed.dialog.csp', { origin: new URL(appUrl).origin })}</p>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-accent">{i18n.t('embed.dialog.advanced')}</summary>
        <div className="mt-2 flex flex-col gap-1.5">
          <label htmlFor={hostId} className="font-semibold">
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
            className="min-h-10 w-full min-w-0 rounded-md border border-line bg-raised px-3 aria-invalid:border-danger"
          />
          {isHostInvalid && isHostTouched && (
            <p id={hostErrorId} className="text-danger">
              {i18n.t('embed.dialog.hostInvalid')}
            </p>
          )}
        </div>
      </details>
    </Dialog>
  )
}

function Snippet(props: { title: string; hint: string; code: string; copyLabel: string; isDisabled: boolean }) {
  const i18n = useI18n()
  const id = useId()
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold">
        {props.title}
      </label>
      <p className="text-sm text-ink-muted">{props.hint}</p>
      <textarea
        id={id}
        readOnly
        rows={props.code.split('\n').length}
        value={props.code}
        onFocus={(event) => event.currentTarget.select()}
        className="w-full min-w-0 resize-y rounded-md border border-line-soft bg-sunken p-2.5 font-mono text-xs break-all"
      />
      <div>
        <CopyButton
          size="sm"
          text={props.code}
          disabled={props.isDisabled}
          label={props.copyLabel}
          copiedLabel={i18n.t('copy.done')}
          failedLabel={i18n.t('copy.failed')}
        />
      </div>
    </div>
  )
}
