import { useEffect, useEffectEvent, useRef } from 'react'
import { viewUrl } from '@/view-state/use-view-state'
import { defaultView, type View } from '@/view-state/view'

const MESSAGE_TYPE = 'cq-dashboard:slide'

/**
 * One channel per deck and per copy of the app (its address without the slide): the windows
 * presenting it, and no other presentation open in the same browser.
 */
export const slideChannelName = (view: View): string =>
  `${MESSAGE_TYPE}:${viewUrl({ ...defaultView, mode: 'present', deck: view.deck })}`

/** The slide another window moved to, kept within the deck; null for any other message. */
export function readSlideMessage(data: unknown, count: number): number | null {
  if (typeof data !== 'object' || data === null) return null
  const { type, version, slide } = data as Record<string, unknown>
  if (type !== MESSAGE_TYPE || version !== 1 || typeof slide !== 'number' || !Number.isInteger(slide)) return null
  return Math.min(Math.max(slide, 1), count)
}

/**
 * Keeps the windows presenting one deck on one slide, both ways (BroadcastChannel, same origin):
 * each window says where it moved, and follows the others. A window left alone (the other closed,
 * or a browser without BroadcastChannel) goes on by itself.
 */
export function useSlideChannel(name: string, slide: number, count: number, follow: (slide: number) => void) {
  const channelRef = useRef<BroadcastChannel | null>(null)
  // The slide last said or heard: a slide followed is not said back.
  const lastShared = useRef(slide)
  const onMessage = useEffectEvent((event: MessageEvent) => {
    const next = readSlideMessage(event.data, count)
    if (next === null) return
    lastShared.current = next
    follow(next)
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const channel = new BroadcastChannel(name)
    channel.addEventListener('message', onMessage)
    channelRef.current = channel
    return () => {
      channel.close()
      channelRef.current = null
    }
  }, [name])

  useEffect(() => {
    if (slide === lastShared.current) return
    lastShared.current = slide
    channelRef.current?.postMessage({ type: MESSAGE_TYPE, version: 1, slide })
  }, [slide])
}
