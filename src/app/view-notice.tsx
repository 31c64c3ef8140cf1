import { formatCount } from '@/i18n/format'
import { useI18n } from '@/i18n/i18n'
import { Notice } from '@/ui/notice'
import type { AnyViewProblem } from '@/view-state/find-unknown-ids'

/** Says what part of the link was ignored, until the reader dismisses it. */
export function ViewNotice({
  problems,
  onDismiss,
  isCompact = false,
}: {
  problems: AnyViewProblem[]
  onDismiss: () => void
  isCompact?: boolean
}) {
  const i18n = useI18n()
  if (problems.length === 0) return null

  const describe = (problem: AnyViewProblem) => {
    switch (problem.kind) {
      case 'unknown-param':
        return i18n.t('notice.unknown-param', { param: problem.param })
      case 'invalid-value':
        return i18n.t('notice.invalid-value', { param: problem.param, value: problem.value })
      case 'repeated-param':
        return i18n.t('notice.repeated-param', { param: problem.param, value: problem.value })
      case 'too-long':
        return i18n.t('notice.too-long', { max: formatCount(problem.max, i18n.locale) })
      case 'bad-slide':
        return i18n.t('notice.bad-slide', { slide: problem.slide, value: problem.value })
      case 'not-on-tab':
        return i18n.t('notice.not-on-tab', { param: problem.param, tab: i18n.t(`tab.${problem.tab}`) })
      case 'unknown-id':
        return i18n.t('notice.unknown-id', {
          param: i18n.t(
            problem.param === 'source'
              ? 'source.open'
              : problem.param === 'spotlight'
                ? 'spotlight.param'
                : `filter.${problem.param}`,
          ),
          value: problem.value,
        })
    }
  }

  return (
    <Notice
      tone="info"
      title={i18n.t('notice.ignored.title')}
      onDismiss={onDismiss}
      dismissLabel={i18n.t('notice.dismiss')}
      className={isCompact ? 'px-3 py-2 text-sm' : undefined}
    >
      <ul className="list-disc pl-5">
        {problems.map((problem, index) => (
          <li key={index} className="break-words">
            {describe(problem)}
          </li>
        ))}
      </ul>
    </Notice>
  )
}
