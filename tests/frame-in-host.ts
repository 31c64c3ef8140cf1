import { vi } from 'vitest'

/**
 * jsdom's window is its own parent, as a page opened directly is. A frame's window stands in for
 * the host page of an embed, with its postMessage recorded.
 */
export function frameInHost() {
  const iframe = document.createElement('iframe')
  document.body.append(iframe)
  const host = iframe.contentWindow
  if (!host) throw new Error('jsdom gave the iframe no window')
  const postMessage = vi.fn<(message: unknown, targetOrigin: string) => void>()
  host.postMessage = postMessage as unknown as Window['postMessage']
  vi.stubGlobal('parent', host)
  return { host, postMessage }
}

/** The height messages the embed posted to its host. */
export const heightMessages = (postMessage: ReturnType<typeof frameInHost>['postMessage']) =>
  postMessage.mock.calls.filter(([message]) => (message as { type?: string }).type === 'cq-dashboard:height')
