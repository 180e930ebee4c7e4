/**
 * Figures measured the same way on any built site served on loopback, for the side-by-side bench:
 * this site and its peer are each a Target, and every function here treats them alike.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface Target {
  name: string;
  origin: string;
  /** Section 五 of the statement, the page both sites are compared on. */
  sectionFive: string;
  search: {
    /** The page the search is opened on. */
    page: string;
    /** What opens the search there, once the page has loaded (nothing for a search page). */
    open: (page: Page) => Promise<void>;
    input: string;
    /** A selector that matches once results are on screen. */
    results: string;
    /** Whether a request belongs to the search (its code, its index and data), as against the page around it. */
    isSearchRequest: (path: string, afterOpening: boolean, type: string) => boolean;
  };
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The size a compressing host sends: gzip for text, as served for what is compressed already (WebAssembly, Pagefind's chunks, images). */
function sentSize(body: Buffer, contentType: string): number {
  return /html|css|javascript|json|svg|xml|text/u.test(contentType) ? gzipSync(body, { level: 9 }).length : body.length;
}

/** Style recalculation and layout on loading a page (unthrottled, Chromium's own counters), its DOM nodes (the same counters) and its elements. */
export async function renderingWork(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  await context.close();
  return { styleLayoutMs: (metric('RecalcStyleDuration') + metric('LayoutDuration')) * 1000, nodes: metric('Nodes'), elements };
}

/**
 * A first visit with an empty cache: every response until the network has been idle (what loads on
 * idle included), at the size a compressing host sends, against the page's visible text (innerText,
 * gzipped): the method of the peer's scripts/weight.mjs.
 */
export async function firstVisit(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith('data:')) return;
    sizes.push(
      response
        .body()
        .then((body) => sentSize(body, response.headers()['content-type'] ?? ''))
        .catch(() => 0),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2500);
  const text = await page.evaluate(() => document.body.innerText);
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  const textBytes = gzipSync(Buffer.from(text), { level: 9 }).length;
  return { bytes, requests: sizes.length, text: textBytes, ratio: bytes / textBytes };
}

/**
 * Types a query into a search box as one input event and resolves with the milliseconds until the
 * results selector matches (at once, without a selector). Kept as page-side source text: tsx's
 * name-keeping helpers do not exist in the page.
 */
const TYPE_QUERY = `([selector, results, value]) => new Promise((resolve) => {
  const input = document.querySelector(selector);
  const start = performance.now();
  const check = () => (!results || document.querySelector(results) ? resolve(performance.now() - start) : requestAnimationFrame(check));
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  requestAnimationFrame(check);
})`;

/**
 * A first search on a fresh profile: the page loaded, the search opened and the query typed at once;
 * the time from the input to the results on screen, the bytes the search fetched (its code, its index
 * and its data), and the same query typed again (warm).
 */
export async function coldSearch(browser: Browser, target: Target, query: string) {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  let opened = false;
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.url().startsWith('data:') || !target.search.isSearchRequest(path, opened, response.request().resourceType())) return;
    sizes.push(
      response
        .body()
        .then((body) => sentSize(body, response.headers()['content-type'] ?? ''))
        .catch(() => 0),
    );
  });
  await page.goto(`${target.origin}${target.search.page}`, { waitUntil: 'load' });
  opened = true;
  await target.search.open(page);
  const type = (text: string) =>
    page.evaluate<number>(`(${TYPE_QUERY})(${JSON.stringify([target.search.input, target.search.results, text])})`);
  const cold = await type(query);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const bytes = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  // Warm: cleared, then the same query again.
  await page.evaluate(`(${TYPE_QUERY})(${JSON.stringify([target.search.input, null, ''])})`);
  // Polled from here: a page's Content-Security-Policy forbids the eval that waitForFunction uses.
  for (let wait = 0; wait < 100; wait += 1) {
    if (await page.evaluate(`document.querySelector(${JSON.stringify(target.search.results)}) === null`)) break;
    await page.waitForTimeout(50);
  }
  const warm = await type(query);
  await context.close();
  return { cold, warm, bytes };
}
