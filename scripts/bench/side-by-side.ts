/**
 * npm run bench -- --peer: this site beside its performance peer, a stock Astro Starlight site with
 * the same text (../shared/anchors/starlight/, or PEER_DIR). Both are built in scratch copies (the
 * peer's dependencies installed with npm ci), served by the same static server, and measured in the
 * same run, interleaved round by round, so that the machine's load falls on both alike. Prints one
 * table: site, peer, ratio (site ÷ peer; at most 1 is at or ahead of the peer). Asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { editionText, SPLIT_DIR } from '../../src/lib/content/load-model';
import { EDITIONS } from '../../src/lib/editions';
import { launchBrowser, serveSite, type Site } from '../lib/site-server';
import { scratchCopy } from '../lib/scratch-copy';
import { benchLighthouse } from './lighthouse';
import { coldSearch, firstVisit, median, renderingWork, type Target } from './measures';

const PEER_DIR = resolve(process.env.PEER_DIR ?? '../shared/anchors/starlight');
const SOURCE = resolve('content/source/joint-statement-2025-and-xinhua-report.zh.txt');
const ROUNDS = 5;
const BUILDS = 3;
const QUERY = '联合国宪章';

interface Build {
  seconds: number;
  peakMiB: number;
}

/** Runs a build command under GNU time: wall seconds and the peak resident memory of its largest process. */
function timedBuild(command: string[], cwd: string, clean: string[]): Build {
  for (const path of clean) rmSync(join(cwd, path), { recursive: true, force: true });
  const report = join(mkdtempSync(join(tmpdir(), 'bench-time-')), 'time');
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, ...command], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const [seconds, kilobytes] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMiB: kilobytes! / 1024 };
}

/** The peer in a scratch directory, its dependencies installed and its pages generated from this source. */
function preparePeer(): string {
  if (!existsSync(join(PEER_DIR, 'package.json'))) throw new Error(`no peer at ${PEER_DIR} (set PEER_DIR)`);
  const dir = join(mkdtempSync(join(tmpdir(), 'bench-peer-')), 'starlight');
  cpSync(PEER_DIR, dir, { recursive: true, filter: (path) => !/[/\\](node_modules|dist|\.astro)$/u.test(path) });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  execFileSync('python3', ['scripts/gen.py', SOURCE], { cwd: dir, stdio: 'ignore' });
  return dir;
}

function siteTarget(site: Site): Target {
  return {
    name: 'site',
    origin: site.origin,
    sectionFive: `${site.origin}/zh-hans/statement/5/`,
    search: {
      page: '/zh-hans/search/',
      open: async () => {},
      input: '#search-query',
      results: '#search-results li',
      // The search page's own code, the index and the search data; not its HTML and CSS.
      isSearchRequest: (path, _afterOpening, type) => type === 'script' || /^\/(pagefind|search)\//u.test(path),
    },
  };
}

function peerTarget(peer: Site): Target {
  return {
    name: 'peer',
    origin: peer.origin,
    sectionFive: `${peer.origin}/statement/5/`,
    search: {
      page: '/statement/5/',
      open: async (page) => {
        await page.click('site-search button[data-open-modal]');
        await page.waitForSelector('#starlight__search input');
      },
      input: '#starlight__search input',
      results: '#starlight__search .pagefind-ui__result',
      // Everything the search dialog fetches once opened.
      isSearchRequest: (_path, afterOpening) => afterOpening,
    },
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchSideBySide(): Promise<void> {
  console.log('Preparing the peer (npm ci, pages from this source) …');
  const peerDir = preparePeer();
  const siteCopy = scratchCopy('bench-site-');
  const builds: { site: Build[]; peer: Build[] } = { site: [], peer: [] };
  let browser: Browser | undefined;
  let servers: Site[] = [];
  try {
    console.log(`Building both, ${BUILDS} times each, interleaved …`);
    for (let round = 0; round < BUILDS; round += 1) {
      builds.site.push(timedBuild(['npm', 'run', 'build'], siteCopy.dir, ['dist', '.astro']));
      builds.peer.push(timedBuild(['npx', 'astro', 'build'], peerDir, ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']));
    }
    servers = await Promise.all([serveSite({ dist: join(siteCopy.dir, 'dist') }), serveSite({ dist: join(peerDir, 'dist') })]);
    const [site, peer] = [siteTarget(servers[0]!), peerTarget(servers[1]!)];
    browser = await launchBrowser();

    type Round = {
      work: Awaited<ReturnType<typeof renderingWork>>;
      visit: Awaited<ReturnType<typeof firstVisit>>;
      search: Awaited<ReturnType<typeof coldSearch>>;
    };
    const rounds: Record<string, Round[]> = { site: [], peer: [] };
    console.log(`Measuring rendering, first visit and search, ${ROUNDS} rounds, interleaved …`);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of round % 2 === 0 ? [site, peer] : [peer, site]) {
        rounds[target.name]!.push({
          work: await renderingWork(browser, target.sectionFive),
          visit: await firstVisit(browser, target.sectionFive),
          search: await coldSearch(browser, target, QUERY),
        });
      }
    }
    console.log(`Lighthouse, ${ROUNDS} rounds: section 五 of each edition and of the peer …`);
    const siteFives = EDITIONS.map((edition) => `${site.origin}/${edition}/statement/5/`);
    const lighthouse: Record<string, { tbt: number[]; performance: number[] }> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      const urls = round % 2 === 0 ? [...siteFives, peer.sectionFive] : [peer.sectionFive, ...siteFives];
      for (const row of await benchLighthouse(urls)) {
        const entry = (lighthouse[row.url] ??= { tbt: [], performance: [] });
        entry.tbt.push(row.totalBlockingTime);
        entry.performance.push(row.scores.performance ?? 0);
      }
    }

    // Every section page of the site, first visit against its text: the page-weight budget.
    const sectionPages = EDITIONS.flatMap((edition) =>
      editionText(edition, join(siteCopy.dir, SPLIT_DIR)).documents.flatMap((document) =>
        document.sections.map((section) => `/${edition}/${document.id}/${section.number}/`),
      ),
    );
    const weights: { path: string; bytes: number; text: number; ratio: number }[] = [];
    for (const path of sectionPages) weights.push({ path, ...(await firstVisit(browser, `${site.origin}${path}`)) });

    const of = (name: string, pick: (round: Round) => number) => median(rounds[name]!.map(pick));
    const siteLighthouse = siteFives.map((url) => ({
      url,
      tbt: median(lighthouse[url]!.tbt),
      performance: median(lighthouse[url]!.performance),
    }));
    const peerLighthouse = {
      tbt: median(lighthouse[peer.sectionFive]!.tbt),
      performance: median(lighthouse[peer.sectionFive]!.performance),
    };
    const worstTbt = Math.max(...siteLighthouse.map((row) => row.tbt));
    const worstPerformance = Math.min(...siteLighthouse.map((row) => row.performance));
    const build = (name: 'site' | 'peer') => ({
      seconds: median(builds[name].map((b) => b.seconds)),
      peakMiB: Math.max(...builds[name].map((b) => b.peakMiB)),
    });
    const rows: [string, number, number, (value: number) => string][] = [
      [
        `search ${QUERY}, cold: input to results (median of ${ROUNDS})`,
        of('site', (r) => r.search.cold),
        of('peer', (r) => r.search.cold),
        ms,
      ],
      [`search ${QUERY}, warm: input to results`, of('site', (r) => r.search.warm), of('peer', (r) => r.search.warm), ms],
      ['first search, bytes fetched (gzip as sent)', of('site', (r) => r.search.bytes), of('peer', (r) => r.search.bytes), kb],
      [
        'style + layout on load, section 五 (unthrottled)',
        of('site', (r) => r.work.styleLayoutMs),
        of('peer', (r) => r.work.styleLayoutMs),
        ms,
      ],
      ["DOM nodes, section 五 (Chromium's count)", of('site', (r) => r.work.nodes), of('peer', (r) => r.work.nodes), String],
      ['DOM elements, section 五', of('site', (r) => r.work.elements), of('peer', (r) => r.work.elements), String],
      [`Lighthouse total blocking time, section 五 (median of ${ROUNDS}; site: worst edition)`, worstTbt, peerLighthouse.tbt, ms],
      ['Lighthouse performance, section 五 (median; site: worst edition)', worstPerformance, peerLighthouse.performance, String],
      [
        'first visit, bytes (gzip as sent, idle loads included), section 五',
        of('site', (r) => r.visit.bytes),
        of('peer', (r) => r.visit.bytes),
        kb,
      ],
      [
        'first visit ÷ visible text (gzip), section 五',
        of('site', (r) => r.visit.ratio),
        of('peer', (r) => r.visit.ratio),
        (v) => `${v.toFixed(2)}×`,
      ],
      [`npm run build / astro build, wall (median of ${BUILDS})`, build('site').seconds, build('peer').seconds, (v) => `${v.toFixed(1)} s`],
      ['build, peak memory (largest process)', build('site').peakMiB, build('peer').peakMiB, (v) => `${v.toFixed(0)} MiB`],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`\n${'figure'.padEnd(width)} | ${'site'.padStart(9)} | ${'peer'.padStart(9)} | site ÷ peer`);
    console.log(`${'-'.repeat(width)}-|-${'-'.repeat(9)}-|-${'-'.repeat(9)}-|------------`);
    for (const [label, ours, theirs, show] of rows)
      console.log(
        `${label.padEnd(width)} | ${show(ours).padStart(9)} | ${show(theirs).padStart(9)} | ${theirs === 0 ? (ours === 0 ? 'equal (0)' : '—') : (ours / theirs).toFixed(2)}`,
      );
    console.log(
      '\nLighthouse by edition (median):',
      siteLighthouse.map((row) => `${new URL(row.url).pathname} TBT ${ms(row.tbt)}, performance ${row.performance}`).join('; '),
    );
    console.log(
      '\nEvery section page, first visit ÷ visible text (budget 2.5× where the text is at least 1.5 KB; the two openings, statement/0 and report/0, reported only):',
    );
    for (const row of weights)
      console.log(
        `  ${row.path.padEnd(22)} ${kb(row.bytes).padStart(8)} ÷ ${kb(row.text).padStart(7)} = ${row.ratio.toFixed(2)}×${/\/0\/$/u.test(row.path) ? '  (opening)' : row.ratio > 2.5 ? '  over 2.5×' : ''}`,
      );
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    siteCopy.remove();
    rmSync(join(peerDir, '..'), { recursive: true, force: true });
  }
}
