import type { Dataset } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import { useI18nOnDemand } from '@/i18n/use-i18n-on-demand'
import { ChoiceGroup } from '@/ui/choice-group'
import type { SetView } from '@/view-state/use-view-state'
import { themes, type View } from '@/view-state/view'

/** Title, the snapshot date, and the reader's language and theme. */
export function Header({ view, setView, meta }: { view: View; setView: SetView; meta: Dataset['meta'] | undefined }) {
  const i18n = useI18nOnDemand()
  return (
    <header className="border-b border-line-soft bg-raised">
      <div className="mx-auto flex max-w-7xl flex-col gap-3 px-4 py-4 sm:px-6 lg:flex-row lg:items-end lg:justify-between">
        <div className="min-w-0">
          {/* The dated lines keep their place while the dataset loads, so nothing below them jumps. */}
          <p className="text-sm font-medium text-ink-muted">
            {meta ? i18n.t('app.eyebrow', { date: formatDate(meta.event.date, i18n.locale) }) : '\u00a0'}
          </p>
          <h1 className="text-xl font-bold leading-tight sm:text-2xl">
            {meta ? i18n.local(meta.title) : i18n.t('app.title')}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <ChoiceGroup
            legend={i18n.t('header.language')}
            variant="segmented"
            value={view.lang}
            onChange={(lang) => setView((v) => ({ ...v, lang }))}
            choices={[
              { value: 'en', label: <span lang="en">English</span> },
              { value: 'zh', label: <span lang="zh-CN">中文</span> },
            ]}
          />
          <ChoiceGroup
            legend={i18n.t('header.theme')}
            variant="segmented"
            value={view.theme}
            onChange={(theme) => setView((v) => ({ ...v, theme }))}
            choices={themes.map((theme) => ({ value: theme, label: i18n.t(`theme.${theme}`) }))}
          />
        </div>
      </div>
      <p className="border-t border-line-soft bg-sunken px-4 py-1.5 text-center text-sm text-ink-muted sm:px-6">
        {meta ? i18n.t('app.asOf', { date: formatDate(meta.asOf, i18n.locale) }) : '\u00a0'}
      </p>
    </header>
  )
}
