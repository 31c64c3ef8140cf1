import type { ChartId, View } from '@/view-state/view'

/**
 * What the frame may do: run the app, keep its own origin (so the host can check where a height
 * message came from; a sandbox without it makes the origin "null") and open the full view in a
 * new tab. No forms, no top navigation, no downloads.
 */
const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups'

/** The attribute public/embed-host.js looks for: it sizes only the frames marked with it. */
const EMBED_FRAME_ATTRIBUTE = 'data-cq-dashboard'

/** The host-page listener, deployed next to index.html. */
export const HOST_SCRIPT_FILE = 'embed-host.js'

/** Tall enough for one chart, so the frame rarely jumps before the first height message arrives. */
const START_HEIGHT = 600

/** The view to embed: the reader's view as one whole tab or one part of it, answering `host` if given. */
export function toEmbedView(view: View, chart: ChartId | null, host: string | null): View {
  return { ...view, mode: 'embed', chart, host, source: null, slide: 1, deck: [] }
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/**
 * The code a host page pastes: the iframe, then, unless `scriptSrc` is null, the listener that
 * sizes it to its content. Without it (a page system that strips scripts) the frame keeps the
 * height given, measured from the view. No style attribute and no inline script, so a host under
 * a strict Content-Security-Policy needs no 'unsafe-inline'.
 */
export function toEmbedSnippet({
  src,
  title,
  width,
  height,
  scriptSrc,
}: {
  src: string
  title: string
  /** CSS pixels, or null for the page's whole width. */
  width: number | null
  height: number | null
  scriptSrc: string | null
}): string {
  const attributes: [string, string][] = [
    ['src', src],
    ['title', title],
    ['width', width === null ? '100%' : String(width)],
    ['height', String(height ?? START_HEIGHT)],
    ['loading', 'lazy'],
    ['sandbox', EMBED_SANDBOX],
    ['referrerpolicy', 'strict-origin-when-cross-origin'],
  ]
  const lines = attributes.map(([name, value]) => `  ${name}="${escapeAttribute(value)}"`)
  if (scriptSrc === null) return ['<iframe', ...lines, '></iframe>'].join('\n')
  return [
    '<iframe',
    ...lines,
    `  ${EMBED_FRAME_ATTRIBUTE}></iframe>`,
    `<script src="${escapeAttribute(scriptSrc)}" defer></script>`,
  ].join('\n')
}
