// A static server for the benchmark: the production build served the way a
// real host would, with clean URLs and compression (brotli or gzip, as the
// browser asks) and the site's headers (scripts/headers.mjs), on 127.0.0.1.
// The bare template's build is served the same way, without the site's headers.
import http from 'node:http';
import path from 'node:path';
import {readFile, stat} from 'node:fs/promises';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {siteHeaders} from './headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

async function resolveFile(root, urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const candidates = [clean, `${clean}.html`, path.join(clean, 'index.html')];
  for (const c of candidates) {
    const file = path.join(root, c);
    if (!file.startsWith(root)) return null;
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next form
    }
  }
  return null;
}

export function startServer(root, port, {withSiteHeaders = true} = {}) {
  const cache = new Map();
  const site = withSiteHeaders ? siteHeaders(root) : {};
  const server = http.createServer(async (req, res) => {
    const file = await resolveFile(root, req.url ?? '/');
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const ext = path.extname(file);
    let body = await readFile(file);
    const headers = {...site, 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache'};
    const accept = String(req.headers['accept-encoding'] ?? '');
    if (COMPRESSIBLE.has(ext)) {
      const enc = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null;
      if (enc) {
        const key = `${enc}:${file}`;
        if (!cache.has(key)) {
          cache.set(
            key,
            enc === 'br'
              ? brotliCompressSync(body, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}})
              : gzipSync(body, {level: 9}),
          );
        }
        body = cache.get(key);
        headers['content-encoding'] = enc;
        headers.vary = 'accept-encoding';
      }
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
