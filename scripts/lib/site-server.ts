/** Serving a built site on loopback, as a static host would, and starting Debian's Chromium: for the browser tests and the benchmark. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting';

export const DIST = join(process.cwd(), 'dist');

/** Debian's Chromium, or the browser named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Site {
  origin: string;
  /** The address of the site's root: the origin and the base path (http://127.0.0.1:8080/reader/). */
  root: string;
  /** The address of a page by its path under the base: at('/en/glossary/') → http://127.0.0.1:8080/reader/en/glossary/. */
  at(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback under its base path, with the headers of its `_headers` file (the
 * Content-Security-Policy, caching) as a static host sends them, and its 404 page for what is missing.
 */
export async function serveSite({ dist = DIST, base = '/' }: { dist?: string; base?: string } = {}): Promise<Site> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} is missing: run \`npm run build\` first (npm test does)`);
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const assets = sirv(dist, { dev: false, etag: true, gzip: false, brotli: false });
  const notFound = existsSync(join(dist, '404.html')) ? readFileSync(join(dist, '404.html')) : Buffer.from('Not found');
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname);
    if (!path.startsWith(base) || path === `${base}_headers`) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    for (const [name, value] of Object.entries(headersFor(rules, path))) response.setHeader(name, value);
    request.url = `/${(request.url ?? '/').slice(base.length)}`;
    assets(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    root: `http://127.0.0.1:${port}${base}`,
    at: (path: string) => `http://127.0.0.1:${port}${base}${path.replace(/^\/+/u, '')}`,
    // Closing does not wait for clients to let go: a connection kept alive (or a response whose body was
    // never read) would otherwise hold the server open for its keep-alive timeout.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Leaves out pages of Chromium's own interface that nothing here shows: in the new headless mode every
 * window (and each browser context is one) loads its omnibox popups, web pages in a renderer of their own,
 * which made a new context cost 2.3 CPU-s instead of 0.7 on these machines.
 */
const NO_OMNIBOX_POPUPS = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';

/** Starts the browser, with the --disable-features lists of Playwright and of the caller merged (see the script). */
const LAUNCHER = join(dirname(fileURLToPath(import.meta.url)), 'chromium-launcher.sh');

export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: LAUNCHER,
    env: { ...process.env, CHROMIUM_PATH },
    args: [...CHROMIUM_ARGS, NO_OMNIBOX_POPUPS, ...extraArgs],
  });
}
