import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'

/**
 * The header an intranet portal embeds the dashboard with. Sent on every response, 404s included,
 * so the app is tested under the policy it will really run under.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** The app's relative URL for its dataset, as fetched from a page under a mount. */
export const DATASET_PATH = 'data/dataset.json'

/** What a mount answers for data/dataset.json instead of the built file. */
type DatasetOverride = { status: number; body: string; contentType?: string }

/** A sub-path that serves dist/, optionally with its dataset replaced (for the error states). */
export type Mount = { path: string; dataset?: DatasetOverride }

/**
 * The suite tags each browser context's requests with the test (the page state) that made them, so
 * a stray request (which the browser may make without telling the page, like a favicon) is blamed
 * on that test.
 */
export const STATE_HEADER = 'x-e2e-state'

/**
 * Where the server lists the requests that fell outside every mount, as JSON, for the tests in
 * another process: `?state=<test id>` answers (and forgets) that test's; without it, every one left.
 * Outside the mounts, so the app cannot reach it by a relative URL.
 */
export const STRAY_REQUESTS_PATH = '/__e2e/stray-requests'

type ServedRequest = { method: string; url: string; status: number; state: string | undefined }

export type StaticServer = {
  origin: string
  /** Absolute URL of a mount's index page. */
  urlOf: (mountPath: string) => string
  close: () => Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

/**
 * Serves one build directory under several sub-paths on 127.0.0.1 and `port` (0: a free one). Mount
 * paths must start and end with "/"; a mount path without its trailing slash is redirected to it.
 */
export async function startStaticServer(root: string, mounts: readonly Mount[], port = 0): Promise<StaticServer> {
  const rootDir = resolve(root)
  const strayRequests: ServedRequest[] = []
  for (const mount of mounts) {
    if (!mount.path.startsWith('/') || !mount.path.endsWith('/')) {
      throw new Error(`mount path must start and end with "/": ${mount.path}`)
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', `internal error: ${String(error)}`)
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = decodeURIComponent(url.pathname)
    const mount = mounts.find((m) => path.startsWith(m.path))
    const redirect = mounts.find((m) => path === m.path.slice(0, -1))

    if (path === STRAY_REQUESTS_PATH) {
      const state = url.searchParams.get('state')
      const answered = strayRequests.filter((request) => state === null || request.state === state)
      for (const request of answered) strayRequests.splice(strayRequests.indexOf(request), 1)
      return send(res, 200, CONTENT_TYPES['.json'] ?? 'application/json', JSON.stringify(answered))
    }

    if (redirect) {
      res.setHeader('Location', `${redirect.path}${url.search}`)
      return send(res, 301, 'text/plain; charset=utf-8', 'moved')
    }
    if (!mount) {
      const state = req.headers[STATE_HEADER]
      strayRequests.push({ method, url: req.url ?? '', status: 404, state: Array.isArray(state) ? state[0] : state })
      return send(res, 404, 'text/plain; charset=utf-8', 'not found: outside the dashboard sub-path')
    }
    if (method !== 'GET' && method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed')

    const relative = path.slice(mount.path.length) || 'index.html'
    if (relative === DATASET_PATH && mount.dataset) {
      const { status, body, contentType = CONTENT_TYPES['.json'] } = mount.dataset
      return send(res, status, contentType ?? 'application/json', body, method)
    }

    const file = resolve(rootDir, relative)
    if (file !== rootDir && !file.startsWith(rootDir + sep))
      return send(res, 404, 'text/plain; charset=utf-8', 'not found')
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return send(res, 404, 'text/plain; charset=utf-8', `not found: ${relative}`)
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    return send(res, 200, type, await readFile(file), method)
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done())
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    origin,
    urlOf: (mountPath) => `${origin}${mountPath}`,
    close: () => closeServer(server),
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, method = 'GET') {
  res.statusCode = status
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  res.setHeader('Content-Type', contentType)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(method === 'HEAD' ? undefined : body)
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((done) => server.close(() => done()))
}
