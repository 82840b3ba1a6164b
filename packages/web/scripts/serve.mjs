// A small static file server for the built page (`pnpm web`). The page is
// plain files: any static host serves it the same way.
import {readFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import path from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon'
}

/**
 * Serve `dir` on `port` (0: any free port) on the loopback interface only.
 * Resolves to the server and its URL.
 */
export function serveSite(dir, port = 0, host = '127.0.0.1') {
  const root = path.resolve(dir)
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html'
    const file = path.resolve(root, relative)
    // Nothing outside the built folder.
    if (file !== root && !file.startsWith(root + path.sep)) {
      response.writeHead(403).end('Forbidden')
      return
    }
    try {
      const body = await readFile(file)
      response.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache'
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    } catch {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found')
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      resolve({server, url: `http://${host}:${address.port}/`})
    })
  })
}
