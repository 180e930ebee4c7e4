/**
 * npm run bench: measures the built site (run `npm run build` first) and prints the figures in one
 * table. It asserts nothing; the budgets are printed beside the figures.
 * - Lighthouse on a section page of each edition (budget: 100 in each category)
 * - per section page, compressed HTML + CSS + JS against the compressed text it shows (goal: at most 2×), on
 *   a first visit and on the next pages, when the hashed CSS and JS files are already cached
 * - search: time to results, cold and warm, and the bytes of a first search (warm < 50 ms, < 150 KB)
 * - build time, and on a synthetic source ten times as long
 * With --peer, the side-by-side mode instead (scripts/bench/side-by-side.ts): this site and its peer.
 */
import { launchBrowser, serveSite } from '../lib/site-server';
import { benchBuildTime } from './build-time';
import { benchLighthouse, LIGHTHOUSE_CATEGORIES } from './lighthouse';
import { benchPageBytes } from './page-bytes';
import { benchSearch } from './search';
import { benchSideBySide } from './side-by-side';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** Median and maximum of sorted ratios, and how many are within the 2× budget. */
const ratioFigure = (sorted: number[]) =>
  `${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)}× / ${sorted.at(-1)!.toFixed(2)}× (${sorted.filter((r) => r <= 2).length}/${sorted.length} ≤ 2×)`;

async function main() {
  const pages = benchPageBytes();
  const [site, browser] = await Promise.all([serveSite(), launchBrowser()]);
  let lighthouse: Awaited<ReturnType<typeof benchLighthouse>>;
  let search: Awaited<ReturnType<typeof benchSearch>>;
  try {
    search = await benchSearch(site, browser);
    lighthouse = await benchLighthouse(
      ['/zh-hans/statement/2/', '/zh-hant/statement/2/', '/en/statement/2/'].map((path) => `${site.origin}${path}`),
    );
  } finally {
    await browser.close();
    await site.close();
  }
  const build = benchBuildTime();

  console.log('\nSection pages, gzipped (HTML + CSS + JS before interaction, against the text shown):');
  for (const page of pages) {
    console.log(
      `  ${page.path.padEnd(24)} html ${kb(page.html).padStart(8)}  css ${kb(page.css).padStart(8)}  js ${kb(page.js).padStart(8)}  page ${kb(page.page).padStart(8)}  text ${kb(page.text).padStart(8)}  ${page.ratio.toFixed(2)}× (html ${page.htmlRatio.toFixed(2)}×)`,
    );
  }
  for (const row of lighthouse) {
    console.log(
      `Lighthouse ${new URL(row.url).pathname}: ${LIGHTHOUSE_CATEGORIES.map((id) => `${id} ${row.scores[id]}`).join(', ')}${row.below.length > 0 ? ` (below 1: ${row.below.join(', ')})` : ''}`,
    );
  }

  const ratios = pages.map((p) => p.ratio).sort((a, b) => a - b);
  const htmlRatios = pages.map((p) => p.htmlRatio).sort((a, b) => a - b);
  const rows: [string, string, string][] = [
    ...lighthouse.map((row): [string, string, string] => [
      `Lighthouse ${new URL(row.url).pathname}`,
      LIGHTHOUSE_CATEGORIES.map((id) => row.scores[id]).join(' / '),
      '100 / 100 / 100 / 100',
    ]),
    ['Section page ÷ its text (gzip), first visit (HTML + CSS + JS): median / max', ratioFigure(ratios), 'at most 2×'],
    ['… next pages (HTML; CSS and JS cached): median / max', ratioFigure(htmlRatios), 'at most 2×'],
    ['JavaScript before interaction (gzip), max', kb(Math.max(...pages.map((p) => p.js))), 'a few KB'],
    ['Search, median time to results: cold / warm', `${search.cold.toFixed(0)} ms / ${search.warm.toFixed(1)} ms`, 'warm under 50 ms'],
    ['First search, bytes (gzip): median / max', `${search.firstKb.toFixed(1)} KB / ${search.firstKbMax.toFixed(1)} KB`, 'under 150 KB'],
    ['npm run build: this source', `${build.real.toFixed(1)} s`, ''],
    [
      `npm run build: source ${build.times}× as long (${build.paragraphs} paragraphs)`,
      `${build.longer.toFixed(1)} s (${(build.longer / build.real).toFixed(2)}×)`,
      '',
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const figureWidth = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(width)} | ${'figure'.padEnd(figureWidth)} | budget`);
  console.log(`${'-'.repeat(width)}-|-${'-'.repeat(figureWidth)}-|-------------------------`);
  for (const [measure, figure, budget] of rows) console.log(`${measure.padEnd(width)} | ${figure.padEnd(figureWidth)} | ${budget}`);
}

if (process.argv.includes('--peer')) await benchSideBySide();
else await main();
