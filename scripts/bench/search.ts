/**
 * Search, measured in Chromium against the built site: for each public query and edition, the time
 * from submitting the query to the results on screen, cold (a fresh browser profile, nothing cached)
 * and warm (the same query again on the same page), and the bytes a first search fetches.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { DIST, type Site } from '../lib/site-server';
import type { Browser } from 'playwright-core';

const QUERIES = ['联合国宪章', '上海合作组织', '人工智能', '安理会', '金砖', '聯合國憲章', 'Charter'];
const EDITIONS = ['zh-hans', 'zh-hant', 'en'];

/**
 * Submits a query in the page and resolves with the milliseconds until the result count is on
 * screen. Kept as page-side source text: tsx's name-keeping helpers do not exist in the page.
 */
const TIME_QUERY = `(query) => new Promise((resolve) => {
  const status = document.querySelector('#search-status');
  const input = document.querySelector('#search-query');
  const form = document.querySelector('#search-form');
  input.value = query;
  const observer = new MutationObserver(() => {
    const text = status.textContent || '';
    if (text === '' || /正在搜索|Searching/u.test(text)) return;
    observer.disconnect();
    resolve({ ms: performance.now() - start, results: document.querySelectorAll('#search-results li').length });
  });
  status.textContent = '';
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  const start = performance.now();
  form.requestSubmit();
})`;

function timeQuery(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate<{ ms: number; results: number }>(`(${TIME_QUERY})(${JSON.stringify(query)})`);
}

/**
 * What a first search fetches, by the page and by Pagefind's web worker: bytes as served by
 * astro preview (which does not compress), and as a compressing host would send them (each file
 * gzipped; Pagefind's index, fragments and WebAssembly are compressed already and gain nothing).
 */
function countBytes(page: Page) {
  const fetched: Promise<{ served: number; gzipped: number }>[] = [];
  page.on('requestfinished', (request) => {
    fetched.push(
      request.sizes().then((sizes) => {
        const file = join(DIST, decodeURIComponent(new URL(request.url()).pathname));
        const body = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
        const gzipped = body ? Math.min(body.length, gzipSync(body, { level: 9 }).length) : sizes.responseBodySize;
        return { served: sizes.responseBodySize + sizes.responseHeadersSize, gzipped: gzipped + sizes.responseHeadersSize };
      }),
    );
  });
  return {
    reset: () => (fetched.length = 0),
    read: async () => {
      const sizes = await Promise.all(fetched);
      return {
        served: sizes.reduce((sum, s) => sum + s.served, 0) / 1024,
        gzipped: sizes.reduce((sum, s) => sum + s.gzipped, 0) / 1024,
        requests: sizes.length,
      };
    },
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function benchSearch(site: Site, browser: Browser) {
  const rows: {
    edition: string;
    query: string;
    results: number;
    cold: number;
    warm: number;
    served: number;
    gzipped: number;
    requests: number;
  }[] = [];
  {
    for (const edition of EDITIONS) {
      for (const query of QUERIES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${site.origin}/${edition}/search/`);
        await page.waitForLoadState('networkidle');
        const bytes = countBytes(page);
        bytes.reset();
        const cold = await timeQuery(page, query);
        await page.waitForLoadState('networkidle');
        const first = await bytes.read();
        const warmRuns: number[] = [];
        for (let run = 0; run < 5; run += 1) warmRuns.push((await timeQuery(page, query)).ms);
        rows.push({ edition, query, results: cold.results, cold: cold.ms, warm: median(warmRuns), ...first });
        await context.close();
      }
    }
  }

  const pad = (value: string, width: number) => value.padEnd(width);
  console.log(
    `\n${pad('edition', 9)}${pad('query', 14)}${pad('results', 9)}${pad('cold ms', 9)}${pad('warm ms', 9)}${pad('requests', 10)}${pad('KB served', 11)}KB gzipped`,
  );
  for (const row of rows) {
    console.log(
      `${pad(row.edition, 9)}${pad(row.query, 14 - [...row.query].filter((c) => c.charCodeAt(0) > 0x2e80).length)}${pad(String(row.results), 9)}${pad(row.cold.toFixed(1), 9)}${pad(row.warm.toFixed(1), 9)}${pad(String(row.requests), 10)}${pad(row.served.toFixed(1), 11)}${row.gzipped.toFixed(1)}`,
    );
  }
  return {
    searches: rows.length,
    cold: median(rows.map((r) => r.cold)),
    warm: median(rows.map((r) => r.warm)),
    firstKb: median(rows.map((r) => r.gzipped)),
    firstKbMax: Math.max(...rows.map((r) => r.gzipped)),
  };
}
