import type { ReactNode } from 'react'
import type { Dataset } from '@/data/schema'
import { formatDate } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { ChoiceGroup } from '@/ui/choice-group'
import { Dropdown } from '@/ui/dropdown'
import type { SetView } from '@/view-state/use-view-state'
import { themes, type View } from '@/view-state/view'

type HeaderProps = {
  view: View
  setView: SetView
  meta: Dataset['meta'] | undefined
  /** The view's actions, shown in the header's row on phones so the tab's answer moves up a row. */
  phoneActions: ReactNode
  /** The figure finder's button. */
  finder: ReactNode
}

/** Title, the snapshot date, the finder, and the reader's language and theme. */
export function Header({ view, setView, meta, phoneActions, finder }: HeaderProps) {
  const i18n = useI18n()
  const themeIs = i18n.t('header.themeIs', { theme: i18n.t(`theme.${view.theme}`) })
  return (
    <header className="border-b border-line-soft bg-raised">
      {/* On a phone the controls join this row's wrapping (display: contents): the finder's icon
          beside the title, the language, theme and the view's actions on the row under it. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-end justify-between gap-x-1.5 gap-y-2 px-4 py-3 sm:gap-x-4 sm:px-6">
        <div className="min-w-0 max-sm:grow max-sm:basis-[calc(100%-2.75rem)]">
          {/* The dated lines keep their place while the dataset loads, so nothing below them jumps. */}
          <p className="hidden text-sm font-medium text-ink-muted sm:block">
            {meta ? i18n.t('app.eyebrow', { date: formatDate(meta.event.date, i18n.locale) }) : '\u00a0'}
          </p>
          <h1 className="text-base font-bold leading-tight sm:text-2xl">
            {meta ? i18n.local(meta.title) : i18n.t('app.title')}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-1.5 max-sm:contents sm:gap-2">
          <div className="flex max-sm:self-center">{finder}</div>
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
          {/* On a phone the theme button is an icon, so the row also holds the view's actions. */}
          <Dropdown
            className="max-sm:px-2"
            label={
              <>
                <ThemeIcon />
                <span className="max-sm:sr-only">{themeIs}</span>
              </>
            }
          >
            <ChoiceGroup
              legend={i18n.t('header.theme')}
              value={view.theme}
              onChange={(theme) => setView((v) => ({ ...v, theme }))}
              choices={themes.map((theme) => ({ value: theme, label: i18n.t(`theme.${theme}`) }))}
            />
          </Dropdown>
          <div className="contents sm:hidden">{phoneActions}</div>
        </div>
      </div>
      <p className="border-t border-line-soft bg-sunken px-4 py-1 text-center text-xs text-ink-muted sm:px-6 sm:text-sm">
        {meta ? (
          <>
            <span className="sm:hidden">{i18n.t('app.asOfShort', { date: formatDate(meta.asOf, i18n.locale) })}</span>
            <span className="max-sm:hidden">{i18n.t('app.asOf', { date: formatDate(meta.asOf, i18n.locale) })}</span>
          </>
        ) : (
          '\u00a0'
        )}
      </p>
    </header>
  )
}

/** A half-filled circle, the usual sign for a light or dark theme. */
function ThemeIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 sm:hidden">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor" />
    </svg>
  )
}
