import { useCallback, type ComponentProps } from 'react'
import type { Dataset } from '@/data/schema'
import { useI18n } from '@/i18n/i18n'
import type { View } from '@/view-state/view'
import { PresenterView } from '@/present/presenter-view/presenter-view'
import { slidePartsOf } from '@/app/slide-parts'
import { selectTalkingPoints } from '@/app/talking-points'

type PresenterViewScreenProps = Omit<ComponentProps<typeof PresenterView>, 'partsOf' | 'talkingPointsOf'> & {
  data: Dataset | undefined
}

/** The presenter view, told what only the data knows: how many slides a list takes, what to say on each. */
export function PresenterViewScreen({ data, ...props }: PresenterViewScreenProps) {
  const i18n = useI18n()
  const partsOf = useCallback((view: View) => (data ? slidePartsOf(data, view) : 1), [data])
  const talkingPointsOf = useCallback(
    (view: View) => (data ? selectTalkingPoints(data, view, i18n) : null),
    [data, i18n],
  )
  return <PresenterView {...props} partsOf={partsOf} talkingPointsOf={talkingPointsOf} />
}
