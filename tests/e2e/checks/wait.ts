import { STEP_TIMEOUT_MS } from '../config.ts'

/**
 * Polls until the condition holds, and says whether it did: checks wait for the page to react,
 * never for a fixed time, and report what they found rather than throwing a timeout.
 */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs = STEP_TIMEOUT_MS / 2): Promise<boolean> {
  const deadline = performance.now() + timeoutMs
  for (let delay = 10; ; delay = Math.min(delay * 2, 100)) {
    if (await condition()) return true
    if (performance.now() > deadline) return false
    await new Promise((resolve) => setTimeout(resolve, delay))
  }
}
