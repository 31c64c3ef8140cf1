import { lazy, useCallback, type ComponentProps } from 'react'
import type { Dataset } from '@/data/schema'
import type { View } from '@/view-state/view'
import { PresenterLayout } from '@/present/presenter-layout'
import { TitleSlide } from '@/present/title-slide'
import { slidePartsOf } from '@/app/slide-parts'
import { TabSkeleton } from '@/app/tab-skeleton'

// The presenter's own window is opened from a presentation: its code loads when it is.
const PresenterViewScreen = lazy(() =>
  import('@/app/presenter-view-screen').then((m) => ({ default: m.PresenterViewScreen })),
)

type PresenterProps = Omit<ComponentProps<typeof PresenterLayout>, 'partsOf' | 'renderTitle'> & {
  data: Dataset | undefined
}

/** Presenter mode, told what only the data knows: on how many slides a long list continues, and the title slide. */
export function Presenter({ data, ...props }: PresenterProps) {
  const partsOf = useCallback((view: View) => (data ? slidePartsOf(data, view) : 1), [data])
  const renderTitle = useCallback(() => (data ? <TitleSlide data={data} /> : <TabSkeleton />), [data])
  if (props.view.isPresenterView) return <PresenterViewScreen data={data} renderTitle={renderTitle} {...props} />
  return <PresenterLayout {...props} partsOf={partsOf} renderTitle={renderTitle} />
}
