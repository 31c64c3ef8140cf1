import { useState } from 'react'
import { useI18n } from '@/i18n/i18n'
import { Notice } from '@/ui/notice'
import type { AnyViewProblem } from '@/view-state/find-unknown-ids'

/**
 * Says what part of the link was ignored. The URL is corrected straight away, so the notice keeps
 * every problem it was given until the reader dismisses it.
 */
export function ViewNotice({ problems, isCompact = false }: { problems: AnyViewProblem[]; isCompact?: boolean }) {
  const i18n = useI18n()
  const [state, setState] = useState({ seen: problems, shown: problems })
  if (state.seen !== problems) {
    // The dataset, arriving after the URL was read, can find more: add to what is shown, once each.
    const shown = [...state.shown]
    for (const problem of problems) {
      if (!shown.some((known) => JSON.stringify(known) === JSON.stringify(problem))) shown.push(problem)
    }
    setState({ seen: problems, shown })
  }
  if (state.shown.length === 0) return null

  const describe = (problem: AnyViewProblem) => {
    switch (problem.kind) {
      case 'unknown-param':
        return i18n.t('notice.unknown-param', { param: problem.param })
      case 'invalid-value':
        return i18n.t('notice.invalid-value', { param: problem.param, value: problem.value })
      case 'not-on-tab':
        return i18n.t('notice.not-on-tab', { param: problem.param, tab: i18n.t(`tab.${problem.tab}`) })
      case 'unknown-id':
        return i18n.t('notice.unknown-id', {
          param: i18n.t(problem.param === 'source' ? 'source.open' : `filter.${problem.param}`),
          value: problem.value,
        })
    }
  }

  return (
    <Notice
      tone="info"
      title={i18n.t('notice.ignored.title')}
      onDismiss={() => setState((s) => ({ ...s, shown: [] }))}
      dismissLabel={i18n.t('notice.dismiss')}
      className={isCompact ? 'px-3 py-2 text-sm' : undefined}
    >
      <ul className="list-disc pl-5">
        {state.shown.map((problem, index) => (
          <li key={index} className="break-words">
            {describe(problem)}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
