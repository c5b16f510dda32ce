// Writes build/_headers: the HTTP headers the site should be served with, in
// the format Netlify and Cloudflare Pages read (other hosts: see the README).
// Run after every build (`npm run build` does), because the Content-Security-
// Policy names the two inline scripts of each page by their hashes: the one
// Docusaurus writes to set the colour theme before the page paints, and the
// site's starter, which names the build's script files (plugins/paint-first.ts).
// The local server (scripts/serve-build.mjs) sends these same headers, so the
// browser tests run under them.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function htmlFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

/** sha256 sources for every inline script that runs (JSON-LD data blocks do not). */
export function inlineScriptHashes(buildDir) {
  const hashes = new Set();
  for (const file of htmlFiles(buildDir)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attrs, body] = m;
      if (/\bsrc=/.test(attrs) || /type=["']?application\/ld\+json/.test(attrs) || body.length === 0) continue;
      hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** The headers for every response of the site. */
export function siteHeaders(buildDir) {
  const csp = [
    "default-src 'self'",
    // the site's own bundles, and the two inline scripts by hash: no eval, no other inline script
    `script-src 'self' ${inlineScriptHashes(buildDir).join(' ')}`,
    // React and the theme set style attributes in the served HTML
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    // a plan's share link carries the plan in its fragment; no page sends its address anywhere
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const buildDir = path.resolve(here, '..', process.argv[2] ?? 'build');
  const headers = siteHeaders(buildDir);
  const body = ['/*', ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`), ''].join('\n');
  writeFileSync(path.join(buildDir, '_headers'), body);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(buildDir, '_headers'))}:\n${body}`);
}
