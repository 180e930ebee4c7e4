import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, builtPages, COLOUR_RULES, collectErrors, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await env.sharedContext();
});

const pages = builtPages();
const LANG = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' } as const;
const editionOf = (path: string) => (path === '/' ? 'zh-hans' : (path.split('/')[1] as keyof typeof LANG));

describe('every page', () => {
  it('has been built: a home page and the ten sections in each of the three editions', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/zh-hans/', '/zh-hant/', '/en/', '/en/statement/5/', '/zh-hant/report/3/']));
    for (const edition of Object.keys(LANG)) {
      expect(
        pages.filter((path) => new RegExp(`^/${edition}/(statement|report)/\\d+/$`, 'u').test(path)),
        edition,
      ).toHaveLength(10);
    }
  });

  /** What a page's text says in a language other than the element it is in (Chinese in English, English in Chinese, Russian anywhere unmarked). */
  const unmarkedLanguages = (page: Page) =>
    page.evaluate(() => {
      const han = /\p{Script=Han}/u;
      const pageLang = document.documentElement.lang;
      const problems: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Not text a reader sees: the page's data for its scripts.
        if (node.parentElement?.closest('script, style')) continue;
        const text = node.textContent ?? '';
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? pageLang;
        if (lang === 'en' && han.test(text)) problems.push(`Chinese in an English element: ${text.slice(0, 30)}`);
        if (
          lang.startsWith('zh') &&
          !lang.startsWith('zh-Latn') &&
          /[A-Za-z]{4,}/u.test(text.replace(/（[^）]*）/gu, '')) &&
          !/^[\s\w.:/-]*$/u.test(text)
        )
          problems.push(`English in a Chinese element: ${text.slice(0, 30)}`);
        if (lang !== 'ru' && /\p{Script=Cyrillic}{3,}/u.test(text)) problems.push(`Russian in a ${lang} element: ${text.slice(0, 30)}`);
      }
      return problems;
    });

  /** axe (all rules, or `only` these) and `alsoCheck` on each page, in a colour scheme and a reading view. */
  async function sweep(
    paths: readonly string[],
    scheme: 'light' | 'dark',
    view: 'parallel' | 'single',
    { only, alsoCheck }: { only?: readonly string[]; alsoCheck?: (page: Page, path: string) => Promise<void> } = {},
  ) {
    // The reading view is a stored choice: another than the default is made in a context of its own.
    const choosing = view === 'parallel' ? undefined : await env.browser.newContext();
    await choosing?.addInitScript((stored) => window.localStorage.setItem('reading-view', stored), view);
    const page = choosing ? await choosing.newPage() : await env.tab(context);
    await page.emulateMedia({ colorScheme: scheme });
    const errors = collectErrors(page);
    for (const path of paths) {
      await page.goto(env.site.at(path));
      expect(await page.getAttribute('html', 'lang'), path).toBe(LANG[editionOf(path)]);
      expect(await axeViolations(page, { only }), `${path} (${scheme}, ${view})`).toEqual([]);
      await alsoCheck?.(page, path);
    }
    expect(errors).toEqual([]);
    await choosing?.close();
  }

  /**
   * axe on one page of each template in each edition: what axe checks (contrast, names, roles, ARIA) is
   * the template's and the stylesheet's, the same on every section. What the content brings to a page
   * (its languages, ids, attributes) is checked on every page, here and by html-validate.
   */
  const axeChecked = (path: string) => !/\/(statement|report)\/\d+\/$/u.test(path) || /\/(statement\/4|report\/2)\/$/u.test(path);

  it("has no console error, the edition's lang and every other language marked, asks nothing of another origin, and no WCAG 2.2 AA violation (axe-core) or break of the structure rules on one page of each template in each edition", async () => {
    // axe is given only to the pages it checks (axeViolations), not loaded with every page.
    const page = await env.tab(context);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(env.site.root)) elsewhere.push(request.url());
    });
    const errors = collectErrors(page);
    const checked: string[] = [];
    for (const path of pages) {
      await page.goto(env.site.at(path));
      expect(await page.getAttribute('html', 'lang'), path).toBe(LANG[editionOf(path)]);
      expect(await unmarkedLanguages(page), path).toEqual([]);
      if (!axeChecked(path)) continue;
      expect(await axeViolations(page), path).toEqual([]);
      checked.push(path);
    }
    // Every template, in every edition.
    expect(checked).toHaveLength(pages.length - 3 * 8);
    // What only use loads: the search data and a glossary popover.
    await page.goto(env.site.at(`/zh-hans/search/?q=${encodeURIComponent('联合国宪章')}`));
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    await page.goto(env.site.at('/en/search/?q=Charter'));
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    await page.goto(env.site.at('/zh-hant/statement/5/'));
    await page.locator('.reading-text a.term').first().click();
    await page.waitForFunction(() => document.querySelector('#glossary-popover')?.matches(':popover-open'));
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);

  /** One page of each template, the editions taken in turn; the popover's state is checked in glossary.test.ts. */
  const TEMPLATES = [
    '/',
    '/zh-hant/',
    '/zh-hans/statement/5/',
    '/en/report/2/',
    '/en/glossary/',
    '/zh-hans/search/',
    '/zh-hant/apparatus/',
    '/en/404/',
  ];

  it('has every template in the built site', () => {
    for (const path of TEMPLATES) expect(pages, path).toContain(path);
  });

  it('has no contrast failure in the dark scheme, which changes colours only, on one page of each template', async () => {
    // What the dark scheme changes, in the stylesheet of each kind of page: only the custom properties of the
    // colours, so only axe's rules that read colours can find anything in it that the light sweep did not.
    const darkOnlyRecolours = async (page: Page, path: string) => {
      const changed = await page.evaluate(() =>
        [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/u.test(rule.conditionText))
          .flatMap((rule) => [...rule.cssRules].flatMap((inner) => (inner instanceof CSSStyleRule ? [...inner.style] : [inner.cssText]))),
      );
      expect(changed.length, path).toBeGreaterThan(0);
      expect(
        changed.filter((property) => !property.startsWith('--')),
        path,
      ).toEqual([]);
    };
    await sweep(TEMPLATES, 'dark', 'parallel', { only: COLOUR_RULES, alsoCheck: darkOnlyRecolours });
  }, 60_000);

  it('has no WCAG 2.2 AA violation in the single-language view, which only the reading pages have', async () => {
    const reading = TEMPLATES.filter((path) => /\/(statement|report)\//u.test(path));
    expect(reading).toHaveLength(2);
    await sweep(reading, 'light', 'single');
  }, 60_000);

  it('scrolls no page sideways on a phone, 320 to 390 pixels wide: every template, every edition of the apparatus', async () => {
    const paths = [
      ...TEMPLATES,
      '/en/',
      '/zh-hans/apparatus/',
      '/en/apparatus/',
      '/zh-hant/statement/1/',
      '/en/search/?q=charter',
      '/404.html',
    ];
    const page = await env.tab(context);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of paths) {
      await page.goto(env.site.at(path));
      // The page is laid out again at each width, as when a phone turns.
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 800 });
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `${path} at ${width}px`).toBeLessThanOrEqual(client);
      }
    }
  });
});
