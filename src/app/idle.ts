/**
 * Runs `callback` once the browser is idle after the first view, at the latest after `timeoutMs`.
 * Browsers without requestIdleCallback (Safari) run it after a second instead. Returns a cancel.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: timeoutMs })
    return () => cancelIdleCallback(id)
  }
  const timer = setTimeout(callback, Math.min(timeoutMs, 1000))
  return () => clearTimeout(timer)
}

/** A pause until the next task, so the browser can paint and answer input in between. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
