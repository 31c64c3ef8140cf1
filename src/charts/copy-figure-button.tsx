import { createContext, use } from 'react'
import type { Dataset } from '@/data/schema'
import type { SourceTarget } from '@/data/select-source'
import { useI18n } from '@/i18n/i18n'
import { CopyButton } from '@/ui/copy-button'
import type { ButtonProps } from '@/ui/button'
import { currentView, viewUrl } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { figureSentence } from '@/charts/figure-sentence'

/** The dataset's meta (the event and its date), for sentences that cite a figure: the app provides it. */
export const DatasetMetaContext = createContext<Dataset['meta'] | null>(null)

type CopyFigureButtonProps = Omit<ButtonProps, 'onClick' | 'children'> & {
  target: SourceTarget
  /** The figure's view, from the current one: its link ends the sentence. */
  to: (view: View) => View
  label?: string
}

/**
 * Copies one sentence that carries the figure away with its source (figure-sentence.ts), as text
 * and HTML, in the page's language. The link is made at the click, from the view then.
 */
export function CopyFigureButton({ target, to, label, ...props }: CopyFigureButtonProps) {
  const i18n = useI18n()
  const meta = use(DatasetMetaContext)
  if (!meta) return null
  return (
    <CopyButton
      {...props}
      text={() => figureSentence(target, meta, i18n, viewUrl({ ...to(currentView()), mode: 'app' }))}
      label={label ?? i18n.t('copyFigure.label')}
      copiedLabel={i18n.t('copyFigure.done')}
      failedLabel={i18n.t('copy.failed')}
      aria-label={i18n.t('copyFigure.for', { label: i18n.local(target.row.label) })}
    />
  )
}
