import type {Page} from '@playwright/test';

/**
 * Records what a page must never do: log an error, throw, or ask anything of
 * a host other than the site's own (fonts, analytics and downloads included).
 */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') problems.push(`request: ${req.url()}`);
  });
  return problems;
}
