import { describe, expect, it } from 'vitest';
import { axeViolations, builtPages, collectErrors, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();

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

  async function sweep(paths: readonly string[], scheme: 'light' | 'dark', view: 'parallel' | 'single') {
    const context = await env.browser.newContext({ colorScheme: scheme });
    await context.addInitScript((stored) => window.localStorage.setItem('reading-view', stored), view);
    const page = await context.newPage();
    const errors = collectErrors(page);
    for (const path of paths) {
      await page.goto(`${env.site.origin}${path}`);
      expect(await page.getAttribute('html', 'lang'), path).toBe(LANG[editionOf(path)]);
      expect(await axeViolations(page), `${path} (${scheme}, ${view})`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }

  it("has no WCAG 2.2 AA violation (axe-core), no console error, and the edition's lang, every page in the default state", async () => {
    await sweep(pages, 'light', 'parallel');
  }, 120_000);

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

  for (const { scheme, view } of [
    { scheme: 'dark', view: 'parallel' },
    { scheme: 'light', view: 'single' },
  ] as const) {
    it(`has no WCAG 2.2 AA violation in the ${scheme} scheme, ${view} view, on one page of each template`, async () => {
      await sweep(TEMPLATES, scheme, view);
    }, 60_000);
  }

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
    for (const width of [320, 390]) {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      for (const path of paths) {
        await page.goto(`${env.site.origin}${path}`);
        const { scroll, client } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(scroll, `${path} at ${width}px`).toBeLessThanOrEqual(client);
      }
      await page.close();
    }
  });

  it('marks every block of the other language with its lang', async () => {
    const page = await env.browser.newPage();
    for (const path of pages) {
      await page.goto(`${env.site.origin}${path}`);
      const unmarked = await page.evaluate(() => {
        const han = /\p{Script=Han}/u;
        const pageLang = document.documentElement.lang;
        const problems: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
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
      expect(unmarked, path).toEqual([]);
    }
    await page.close();
  });

  it('requests nothing from another origin: reading every page, searching, opening a popover', async () => {
    const context = await env.browser.newContext();
    const elsewhere: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(`${env.site.origin}/`)) elsewhere.push(request.url());
    });
    const page = await context.newPage();
    for (const path of pages) await page.goto(`${env.site.origin}${path}`);
    await page.goto(`${env.site.origin}/zh-hans/search/?q=${encodeURIComponent('联合国宪章')}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    await page.goto(`${env.site.origin}/en/search/?q=Charter`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    await page.goto(`${env.site.origin}/zh-hant/statement/5/`);
    await page.locator('.reading-text a.term').first().click();
    await page.waitForFunction(() => document.querySelector('#glossary-popover')?.matches(':popover-open'));
    expect(elsewhere).toEqual([]);
    await context.close();
  }, 120_000);
});
