import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, sep } from 'node:path';
import type axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { htmlFiles } from '../../scripts/lib/built-html';
import { DIST, launchBrowser, serveSite, type Site } from '../../scripts/lib/site-server';
import { builtUrls } from './built';

/** The path under the base of every page in dist/, e.g. /zh-hans/statement/2/ (site.at makes its address). */
export function builtPages(): string[] {
  return htmlFiles(DIST)
    .filter((file) => file.endsWith(`${sep}index.html`))
    .map((file) => `/${relative(DIST, dirname(file)).split(sep).join('/')}/`.replace(/^\/\/$/u, '/'))
    .sort();
}

/**
 * Resolves once the page has painted two more frames: every handler of the events before has run and
 * its result is on screen. A check that something did not happen waits for this first, so that it does
 * not pass merely because nothing has happened yet.
 */
export function settledFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Records console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** axe-core's minified build: the same code as `axe.source`, in less than half the text for a page to compile on each injection. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's checks of structure beyond WCAG's letter: headings in order, one main landmark, distinct landmarks, all content in landmarks. */
export const STRUCTURE_RULES = [
  'heading-order',
  'page-has-heading-one',
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-complementary-is-top-level',
  'region',
];

/** The rules of WCAG 2.2 AA in axe that read colours: all that a change of colours alone can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page against WCAG 2.2 AA and the structure rules, or against the `only` rules given;
 * returns the violations, each with the offending elements. axe is put into the page unless an earlier call
 * on the same document put it there.
 */
export async function axeViolations(page: Page, { only }: { only?: readonly string[] | undefined } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([tags, structureRules, onlyRules]) => {
      const rules = Object.fromEntries(structureRules.map((id) => [id, { enabled: true }]));
      const { axe: checker } = window as unknown as { axe: typeof axe };
      // The violations are reported by their elements' selectors: axe need not copy any HTML.
      checker.configure({ noHtml: true });
      const result = await checker.run(document, {
        ...(onlyRules ? { runOnly: { type: 'rule', values: [...onlyRules] } } : { runOnly: { type: 'tag', values: tags }, rules }),
        // Only the violations are read: axe then keeps no record of what passed.
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [WCAG_22_AA, STRUCTURE_RULES, only] as const,
  );
}

/** A phone's browser (390 × 844): a touch screen that lays pages out for their viewport meta. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let browser: Promise<Browser> | undefined;

/**
 * The contexts the worker's files share, by their options, each with the page that keeps its renderer
 * running. A new context (a window in the new headless mode) and the renderer of its first page cost more
 * than a new tab in a running one, whose renderer has its fonts and caches already (launchBrowser leaves
 * out the omnibox popups that made a context cost 2.7 CPU-s).
 */
const sharedContexts = new Map<string, Promise<{ context: BrowserContext; keeper: Page }>>();

/** Options as a key: the same options, in any order, give the same key. */
const keyOf = (options: BrowserContextOptions) =>
  JSON.stringify(options, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort()) : value,
  );

/** The origins at which the worker's files have served the site. */
const servedAt = new Set<string>();

/** Serves the built site at an origin no earlier file of the worker used (a port the system has given before is held while another is taken). */
async function serveAtNewOrigin(): Promise<Site> {
  let site = await serveSite({ base: builtUrls().BASE });
  while (servedAt.has(site.origin)) {
    const taken = site;
    site = await serveSite({ base: builtUrls().BASE });
    await taken.close();
  }
  servedAt.add(site.origin);
  return site;
}

interface SiteAndBrowser {
  site: Site;
  browser: Browser;
  /**
   * The context with these options that the files of the worker share, for tests that store nothing
   * (a test that stores a choice, or needs an empty cache, takes a newContext). What one file leaves in
   * it another cannot read: each file serves the site at an origin of its own, and the storage, the
   * permissions and the cache of a context are kept by origin. It opens a small page of the site
   * (robots.txt) and keeps it: with --process-per-site the context's later pages load into that page's
   * renderer, a running process that has its fonts, as in a reader's browser with the site already open,
   * instead of each starting a process of its own. The pages a file opens in it are closed after the file.
   */
  sharedContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new context of the test's own (for a choice it stores, or an empty cache), with a kept page as a shared one: closed by the test, or after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /**
   * The tab of a context from sharedContext or newContext for a test that needs one, reused from test to
   * test of the file: back on about:blank (so the test's first page load is a whole document's), with the
   * context's viewport and colour scheme and none of an earlier test's listeners. A new tab costs more than
   * a page load to open and close; a test that needs a second page opens it. Tests leave the tab open.
   */
  tab(context: BrowserContext): Promise<Page>;
}

/**
 * Serves the built site and gives the tests of one file Chromium; after them, stops the server and closes
 * every page and context the file opened but the shared contexts. Test files run one at a time in a worker,
 * which starts Chromium and each shared context once for all of them (Playwright stops them when the worker
 * ends).
 */
export function withSiteAndBrowser(): SiteAndBrowser {
  const options = new WeakMap<BrowserContext, BrowserContextOptions>();
  const tabs = new WeakMap<BrowserContext, Page>();
  const startContext = async (contextOptions: BrowserContextOptions) => {
    const context = await env.browser.newContext(contextOptions);
    const keeper = await context.newPage();
    await keeper.goto(env.site.at('/robots.txt'), { waitUntil: 'commit' });
    options.set(context, contextOptions);
    return { context, keeper };
  };
  const env = {
    async sharedContext(contextOptions: BrowserContextOptions = {}) {
      const key = keyOf(contextOptions);
      let shared = sharedContexts.get(key);
      if (!shared) sharedContexts.set(key, (shared = startContext(contextOptions)));
      const { context } = await shared;
      options.set(context, contextOptions);
      return context;
    },
    async newContext(contextOptions: BrowserContextOptions = {}) {
      return (await startContext(contextOptions)).context;
    },
    async tab(context: BrowserContext) {
      const contextOptions = options.get(context);
      if (!contextOptions) throw new Error('tab(): the context was not made by sharedContext() or newContext()');
      let tab = tabs.get(context);
      if (!tab || tab.isClosed()) {
        tab = await context.newPage();
        tabs.set(context, tab);
        return tab;
      }
      await tab.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
      await tab.goto('about:blank');
      await tab.setViewportSize(contextOptions.viewport ?? { width: 1280, height: 720 });
      await tab.emulateMedia({ media: null, colorScheme: contextOptions.colorScheme ?? 'light' });
      return tab;
    },
  } as SiteAndBrowser;
  beforeAll(async () => {
    browser ??= launchBrowser(['--process-per-site']);
    [env.site, env.browser] = await Promise.all([serveAtNewOrigin(), browser]);
  });
  afterAll(async () => {
    const shared = await Promise.all(sharedContexts.values());
    const keepers = new Set(shared.map(({ keeper }) => keeper));
    const sharedSet = new Set(shared.map(({ context }) => context));
    await Promise.all(
      env.browser?.contexts().flatMap((context) =>
        sharedSet.has(context)
          ? context
              .pages()
              .filter((page) => !keepers.has(page))
              .map((page) => page.close())
          : [context.close()],
      ) ?? [],
    );
    await env.site?.close();
  });
  return env;
}
