import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** The file a URL path stands for, inside `root` (a folder → its index.html), or undefined. */
function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/**
 * The site's page shell (`200.html`, SvelteKit's fallback) for a page address that has no file of
 * its own, such as `/zones/200000172/`: the pages of a zone or a région are rendered in the
 * browser from their address, never prerendered (apps/dashboard/README.md). A page address ends
 * with `/` (`/methodologie/sources/cnam.actes/`, a dot in its name) or has no extension; a file
 * address (`.json`, `.parquet`… and no `/` after it) never gets it: a missing file stays a 404.
 */
function pageShell(root: string, urlPath: string): string | undefined {
  const path = urlPath.split('?')[0] ?? '/';
  const last = path.split('/').filter(Boolean).at(-1) ?? '';
  const shell = join(root, '200.html');
  return (path.endsWith('/') || !last.includes('.')) && existsSync(shell) ? shell : undefined;
}

/**
 * Serves a built static site (the Evidence build) on localhost, with HEAD and byte ranges (DuckDB
 * in the browser reads Parquet files by ranges); a page address without a file gets the page
 * shell (`pageShell`). Port 0 picks a free port.
 */
export function serveStaticSite(root: string, port = 3000, host = '127.0.0.1'): Promise<StaticSite> {
  const base = normalize(root);
  const server = createServer((request, response) => {
    const file = resolveFile(base, request.url ?? '/') ?? pageShell(base, request.url ?? '/');
    if (!file) {
      const notFound = join(base, '404.html');
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] as string });
      if (existsSync(notFound) && request.method !== 'HEAD') createReadStream(notFound).pipe(response);
      else response.end('Page introuvable');
      return;
    }
    const size = statSync(file).size;
    const headers: Record<string, string | number> = {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'accept-ranges': 'bytes',
      'cache-control': 'no-cache',
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    if (range && (range[1] || range[2])) {
      const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start >= size || start > end) {
        response.writeHead(416, { 'content-range': `bytes */${size}` });
        response.end();
        return;
      }
      response.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file, { start, end }).pipe(response);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Le port ${port} est déjà utilisé. Arrêtez l’autre serveur ou choisissez un autre port (--port N).`)
          : error,
      );
    });
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://localhost:${actual}`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
