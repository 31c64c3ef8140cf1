import type { Dataset } from '@/data/schema'
import { formatCitationEnglish, formatCitationGbt, todayIso } from '@/i18n/cite'
import { useI18n } from '@/i18n/i18n'
import { CopyButton } from '@/ui/copy-button'
import { useViewState, viewUrl } from '@/view-state/use-view-state'
import { chartTitleKey } from '@/i18n/chart-titles'

/** A reference to the current view, ready to paste: in English style and in GB/T 7714. */
export function CiteThisView({ meta }: { meta: Dataset['meta'] }) {
  const i18n = useI18n()
  const { view } = useViewState()
  const citedView = { ...view, mode: 'app' as const }
  const viewTitle = [i18n.t(`tab.${view.tab}`), view.chart ? i18n.t(chartTitleKey(view.tab, view.chart)) : null]
    .filter(Boolean)
    .join(' · ')
  const input = {
    siteName: i18n.t('app.siteName'),
    viewTitle,
    url: viewUrl(citedView),
    accessed: todayIso(),
    meta,
  }
  const styles = [
    { key: 'en', label: i18n.t('cite.english'), text: formatCitationEnglish(input) },
    { key: 'gbt', label: i18n.t('cite.gbt'), text: formatCitationGbt(input) },
  ]

  return (
    <section className="flex flex-col gap-3">
      <h3 className="font-semibold">{i18n.t('cite.title')}</h3>
      {styles.map((style) => (
        <div key={style.key} className="flex flex-col gap-1.5">
          <p className="text-sm font-medium">{style.label}</p>
          <p className="whitespace-pre-wrap break-words rounded-md border border-line-soft bg-sunken p-2.5 font-mono text-xs">
            {style.text}
          </p>
          <div>
            <CopyButton
              size="sm"
              text={style.text}
              label={i18n.t('cite.copy')}
              copiedLabel={i18n.t('copy.done')}
              failedLabel={i18n.t('copy.failed')}
            />
          </div>
        </div>
      ))}
    </section>
  )
}
