import { useEffect, useEffectEvent } from 'react'
import type { SetView } from '@/view-state/use-view-state'
import type { View } from '@/view-state/view'
import { applyHostCommand, isFromHost, parseHostCommand } from '@/embed/embed-protocol'

/**
 * Lets the framing page change the view (tab, filters, a whole view string), but only the page
 * whose origin the embed URL names in `host=`, and only through the frame's own parent window.
 * Everything else is ignored without a reply, so a stranger learns nothing by probing. A command
 * replaces the history entry: Back in an embed should leave the host page's step, not replay ours.
 */
export function useHostCommands(view: View, setView: SetView, onApplied: () => void) {
  const host = view.host

  const onMessage = useEffectEvent((event: MessageEvent) => {
    if (!isFromHost(event, host, window.parent)) return
    const command = parseHostCommand(event.data)
    if (!command) return
    const next = applyHostCommand(view, command)
    if (!next) return
    setView(() => next, { mode: 'replace' })
    onApplied()
  })

  useEffect(() => {
    if (host === null || window.parent === window) return
    const listener = (event: MessageEvent) => onMessage(event)
    window.addEventListener('message', listener)
    return () => window.removeEventListener('message', listener)
  }, [host])
}
