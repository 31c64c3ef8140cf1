import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { gzip } from 'node:zlib'
import { promisify } from 'node:util'

const gzipAsync = promisify(gzip)

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map'])

export type StaticServer = { url: string; close: () => Promise<void> }

/**
 * Serves a build directory on 127.0.0.1 as a production static server would: content types, gzip
 * (level 6, the usual server default) when the browser accepts it, no caching between page loads.
 * `overrides` answers some paths from other files: a generated dataset in place of the real one.
 */
export async function startStaticServer(root: string, overrides: Record<string, string> = {}): Promise<StaticServer> {
  const rootDir = resolve(root)
  // Compressed once per file and modification time: a 40 MB dataset is not gzipped on every load.
  const gzipCache = new Map<string, Buffer>()

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const relative = pathname.endsWith('/') ? `${pathname.slice(1)}index.html` : pathname.slice(1)
    const file = overrides[relative] ?? resolve(rootDir, relative)
    if (!overrides[relative] && file !== rootDir && !file.startsWith(rootDir + sep)) return send(res, 403)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return send(res, 404)

    const extension = extname(file)
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
    }
    let body: Buffer = await readFile(file)
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${file}:${info.mtimeMs}`
      const cached = gzipCache.get(key) ?? (await gzipAsync(body, { level: 6 }))
      gzipCache.set(key, cached)
      body = cached
      headers['Content-Encoding'] = 'gzip'
    }
    res.writeHead(200, { ...headers, 'Content-Length': String(body.length) })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, String(error)))
  })
  server.keepAliveTimeout = 1000
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

function send(res: ServerResponse, status: number, text = '') {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}
