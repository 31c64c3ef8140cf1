import { useEffect, useMemo, useRef, useState } from 'react'

export type FullscreenState = 'pending' | 'on' | 'refused'

/**
 * Asks for fullscreen once, on entering presenter mode (the key or click that got us here still
 * counts as a user gesture). If the browser refuses or has no Fullscreen API, the layout already
 * fills the window, and the state says so. `onExit` learns when the reader leaves fullscreen
 * (Esc in fullscreen is taken by the browser and never reaches the page).
 */
export function useFullscreen() {
  // Without a user gesture (a slide link opened directly) a request would only be refused.
  const [state, setState] = useState<FullscreenState>(() =>
    typeof document.documentElement.requestFullscreen === 'function' && (navigator.userActivation?.isActive ?? true)
      ? 'pending'
      : 'refused',
  )
  const shouldRequest = useRef(state === 'pending')
  const exitHandler = useRef<(() => void) | null>(null)

  useEffect(() => {
    const root = document.documentElement
    let entered = false
    const onChange = () => {
      if (document.fullscreenElement) {
        entered = true
        setState('on')
      } else if (entered) {
        entered = false
        exitHandler.current?.()
      }
    }
    document.addEventListener('fullscreenchange', onChange)
    if (shouldRequest.current && !document.fullscreenElement) {
      root.requestFullscreen({ navigationUI: 'hide' }).catch(() => setState('refused'))
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      entered = false
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
    }
  }, [])

  return useMemo(
    () => ({
      state,
      exit: () => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
      },
      /** The F key: a second chance after a refusal, or a way out of fullscreen without leaving. */
      toggle: () => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined)
        else
          void document.documentElement
            .requestFullscreen?.({ navigationUI: 'hide' })
            .then(() => setState('on'))
            .catch(() => setState('refused'))
      },
      onExit: (handler: (() => void) | null) => {
        exitHandler.current = handler
      },
    }),
    [state],
  )
}
