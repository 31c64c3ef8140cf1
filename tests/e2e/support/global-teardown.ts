import { STRAY_REQUESTS_PATH } from '../static-server.ts'
import { ORIGIN } from './site.ts'

/**
 * After every test: the requests outside the sub-paths that no test's health check took up (the
 * browser's own, or one that arrived after its test ended) fail the run too.
 */
export default async function globalTeardown() {
  const response = await fetch(`${ORIGIN}${STRAY_REQUESTS_PATH}`).catch(() => null)
  if (!response) return // the server never started: the run has failed already
  const stray = (await response.json()) as { method: string; url: string; state?: string }[]
  if (stray.length > 0) {
    const listed = stray.map((r) => `${r.method} ${r.url}${r.state ? ` (test ${r.state})` : ' (no test)'}`).join('; ')
    throw new Error(`${stray.length} requests outside the dashboard sub-paths no test accounted for: ${listed}`)
  }
}
