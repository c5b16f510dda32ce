// Serves the production build (build/) on 127.0.0.1, the way a static host
// would: clean URLs, the English locale under /en/, and the headers that
// scripts/headers.mjs writes to build/_headers (Content-Security-Policy and the rest).
// Used by the browser tests and by `npm run serve:build`.
import http from 'node:http';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import handler from 'serve-handler';
import {siteHeaders} from './headers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
const port = Number(process.env.PORT ?? 3000);
const host = '127.0.0.1';

const headers = siteHeaders(root);

const server = http.createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return handler(req, res, {
    public: root,
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
