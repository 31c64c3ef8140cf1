import { useEffect } from 'react'
import { serializeView } from '@/view-state/serialize-view'
import type { View } from '@/view-state/view'
import { buildHeightMessage, heightTargetOrigin } from '@/embed/embed-protocol'

type ResizableWindow = Window & { requestResize?: () => void }

/**
 * The height of the document's content: the root element's box. Not scrollHeight, which is never
 * less than the frame's own height, so a frame that started too tall could never shrink.
 */
const contentHeight = () => document.documentElement.getBoundingClientRect().height

/**
 * The experimental responsive-iframe API: where a browser has it and the host styled the frame
 * with `frame-sizing`, the browser sizes the frame itself. Elsewhere it is missing or throws
 * NotAllowedError, and the posted message does the job.
 */
function requestNativeResize() {
  try {
    ;(window as ResizableWindow).requestResize?.()
  } catch {
    // Not embedded as the API expects: the height message still goes out.
  }
}

/**
 * Tells the framing page how tall the content is: on mount, whenever the content's size changes
 * (a chart drawn, a filter applied, the frame made narrower), and whenever the view or `reportKey`
 * changes, so a host that sent a command hears back even when the height stayed the same.
 */
export function usePostHeight(view: View, reportKey: number) {
  const viewQuery = serializeView(view)
  const targetOrigin = heightTargetOrigin(view)

  useEffect(() => {
    const parent = window.parent
    if (parent === window) return
    let lastHeight = -1
    const post = (isForced: boolean) => {
      const message = buildHeightMessage(contentHeight(), viewQuery)
      if (!isForced && message.height === lastHeight) return
      lastHeight = message.height
      parent.postMessage(message, targetOrigin)
      requestNativeResize()
    }
    post(true)
    const observer = new ResizeObserver(() => post(false))
    observer.observe(document.documentElement)
    return () => observer.disconnect()
  }, [viewQuery, targetOrigin, reportKey])
}
