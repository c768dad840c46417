/**
 * A tiny static server for a built Slidev `dist/`, bound to 127.0.0.1 on a free port.
 * Unknown paths without a file extension fall back to `index.html` (history-mode routes such as `/3`).
 *
 *   const server = await serveStatic(distDir)
 *   try { await page.goto(`${server.url}1`) } finally { await server.close() }
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

/** A running server. */
export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string
  /** Stops listening and drops open connections. */
  close: () => Promise<void>
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(s => s.isFile(), () => false)
}

/** Serves `root` until `close()`; resolves once listening. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root)
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      let file = normalize(join(base, pathname))
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end()
        return
      }
      if (!(await isFile(file))) {
        const index = join(file, 'index.html')
        if (await isFile(index))
          file = index
        else if (extname(pathname) === '')
          file = join(base, 'index.html') // SPA fallback
        else {
          res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`)
          return
        }
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      })
      if (req.method === 'HEAD') {
        res.end()
        return
      }
      createReadStream(file).on('error', () => res.destroy()).pipe(res)
    }
    catch {
      res.writeHead(400).end()
    }
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections()
      server.close(() => ok())
    }),
  }
}
