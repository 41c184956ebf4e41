import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from './brotli.ts';
import { distDir } from './dist.ts';
import { pagefindDataTypes } from '../../src/lib/search/pagefind-data-types.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  ...pagefindDataTypes,
};

/**
 * What a static host compresses: text, and Pagefind's data files, which the build stores
 * decompressed for that (src/integrations/pagefind/bundle-files.ts). Fonts and images are compressed already.
 */
export const compressible: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.jsonld',
  '.xml',
  '.svg',
  '.csv',
  '.txt',
  '.wasm',
  ...Object.keys(pagefindDataTypes),
]);

export interface StaticServerOptions {
  /** Content encodings offered, in order of preference. Benchmarks pin gzip to report a fixed baseline. */
  encodings?: readonly ('br' | 'gzip')[];
}

const compress = {
  br: brotli,
  gzip: (body: Buffer) => gzipSync(body, { level: 9 }),
};

/**
 * Serves dist/ on loopback the way a static host does: directory → index.html, unknown → 404.html,
 * brotli or gzip for text when the browser asks for it, and long caching for Astro's hashed assets.
 * Transfer sizes measured against it are therefore what a visitor would download.
 */
export async function startStaticServer(
  root = distDir,
  { encodings = ['br', 'gzip'] }: StaticServerOptions = {},
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  // Compressed bodies by encoding and file: static files do not change while the server runs.
  const cache = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path.endsWith('/')) path += 'index.html';
    let file = join(root, path);
    try {
      const info = await stat(file);
      if (info.isDirectory()) {
        res.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
    } catch {
      file = join(root, '404.html');
      res.statusCode = 404;
    }
    try {
      let body: Buffer = await readFile(file);
      const ext = extname(file);
      res.setHeader('content-type', types[ext] ?? 'application/octet-stream');
      if (url.pathname.startsWith('/_astro/')) res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      const accept = String(req.headers['accept-encoding'] ?? '');
      if (compressible.has(ext)) {
        res.setHeader('vary', 'accept-encoding');
        const encoding = encodings.find((e) => new RegExp(`\\b${e}\\b`).test(accept));
        if (encoding) {
          const key = `${encoding}:${file}`;
          body = cache.get(key) ?? compress[encoding](body);
          cache.set(key, body);
          res.setHeader('content-encoding', encoding);
        }
      }
      res.setHeader('content-length', body.length);
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
