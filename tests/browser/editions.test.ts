import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtUrls } from '../helpers/built';
import { withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
const { BASE, SITE_URL } = builtUrls();
// The tests share a context: none leaves a choice stored but the one that says so, which has its own.
let context: BrowserContext;
beforeAll(async () => {
  context = await env.sharedContext();
});

async function tops(page: Page, selector: string) {
  return page.$$eval(selector, (paragraphs) =>
    paragraphs.map((p) => {
      const primary = p.querySelector(':scope > .primary')!.getBoundingClientRect();
      const companion = p.querySelector(':scope > .companion')!.getBoundingClientRect();
      return { ref: (p as HTMLElement).dataset.ref, primaryTop: primary.top, primaryBottom: primary.bottom, companionTop: companion.top };
    }),
  );
}

const companionVisible = (page: Page) => page.locator('#p2-5 .companion').isVisible();

describe('three editions', () => {
  it("give each section its own URL, with the edition's language and hreflang alternates", async () => {
    const page = await env.tab(context);
    for (const [edition, lang, companionLang, skip] of [
      ['zh-hans', 'zh-Hans', 'en', '跳到正文'],
      ['zh-hant', 'zh-Hant', 'en', '跳到正文'],
      ['en', 'en', 'zh-Hans', 'Skip to the text'],
    ] as const) {
      await page.goto(`${env.site.root}${edition}/statement/2/`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('#p2-5 > .primary').getAttribute('lang')).toBe(lang);
      expect(await page.locator('#p2-5 > .companion').getAttribute('lang')).toBe(companionLang);
      expect(await page.locator('.skip-link[href="#main"]').textContent()).toBe(skip);
      // The alternates are on the site's host where the build knows it (SITE_URL), else paths; both under the base.
      const alternates = await page.$$eval('link[rel="alternate"]', (links) =>
        links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      const published = (path: string) => `${SITE_URL ?? ''}${BASE}${path}`;
      expect(await page.locator('link[rel="canonical"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual(
        SITE_URL ? [published(`${edition}/statement/2/`)] : [],
      );
      expect(alternates).toEqual([
        ['zh-Hans', published('zh-hans/statement/2/')],
        ['zh-Hant', published('zh-hant/statement/2/')],
        ['en', published('en/statement/2/')],
        ['x-default', published('zh-hans/statement/2/')],
      ]);
    }
    await page.goto(`${env.site.root}zh-hant/statement/2/`);
    await expect(page.locator('#p2-1 > .primary').textContent()).resolves.toContain('中俄關係達到歷史最高水平');
    await expect(page.locator('.breadcrumb a').first().textContent()).resolves.toBe('首頁');
  });

  it('says on every section page that the translation is unofficial and the Chinese prevails', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}en/report/2/`);
    await expect(page.locator('.translation-notice').textContent()).resolves.toMatch(/own and unofficial.*Chinese text.*prevails/u);
    await page.goto(`${env.site.root}zh-hant/report/2/`);
    await expect(page.locator('.translation-notice').textContent()).resolves.toContain('以中文原文為準');
  });

  it('switching edition from a paragraph link lands on the same paragraph, highlighted', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/2/#p2-5`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${env.site.root}en/statement/2/#p2-5`);
    const highlighted = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(highlighted).toBe('p2-5');
    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForURL(`${env.site.root}zh-hant/statement/2/#p2-5`);
  });

  it('switching edition after scrolling keeps the paragraph on screen', async () => {
    const page = await env.tab(context);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${env.site.root}en/statement/5/`);
    await page.locator('#p5-9').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/zh-hans\/statement\/5\/#p5-(8|9)$/u);
  });

  it('aligns each paragraph with its translation side by side on a wide screen, from the first paint, interleaved on a narrow one', async () => {
    const page = await env.tab(context);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${env.site.root}zh-hans/statement/4/`);
    const wide = await tops(page, '.reading-text [data-ref]');
    expect(wide).toHaveLength(12);
    for (const row of wide) expect(Math.abs(row.primaryTop - row.companionTop), row.ref).toBeLessThanOrEqual(1);
    // A page paints before the parser reaches the view's checkbox: the header and the text above it are laid out
    // as they will stay, so that nothing moves when it arrives.
    const boxes = () =>
      page.$$eval('.site-header .inner, main, .reading-text [data-ref] > .primary', (elements) =>
        elements.map((element) => JSON.stringify(element.getBoundingClientRect())),
      );
    const withCheckbox = await boxes();
    await page.evaluate(() => document.getElementById('parallel-view')!.remove());
    expect(await boxes()).toEqual(withCheckbox);
    await page.setViewportSize({ width: 390, height: 900 });
    for (const row of await tops(page, '.reading-text [data-ref]'))
      expect(row.companionTop, row.ref).toBeGreaterThanOrEqual(row.primaryBottom - 1);
  });

  it('switches between parallel and single-language view by mouse, and remembers the choice', async () => {
    // The choice is stored: in a context of its own, the other tests do not inherit it.
    const choosing = await env.browser.newContext();
    const page = await choosing.newPage();
    await page.goto(`${env.site.root}zh-hans/statement/2/`);
    expect(await companionVisible(page)).toBe(true);
    await page.getByText('中英对照').click();
    expect(await companionVisible(page)).toBe(false);
    expect(await page.locator('#p2-5 > .primary').isVisible()).toBe(true);
    await page.getByRole('link', { name: /下一部分/u }).click();
    await page.waitForURL(`${env.site.root}zh-hans/statement/3/`);
    expect(await page.locator('#parallel-view').isChecked()).toBe(false);
    expect(await page.locator('#p3-1 .companion').isVisible()).toBe(false);
    await choosing.close();
  });

  it('switches the view by keyboard', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}en/statement/2/`);
    await page.locator('#parallel-view').focus();
    await page.keyboard.press('Space');
    expect(await companionVisible(page)).toBe(false);
    await page.keyboard.press('Space');
    expect(await companionVisible(page)).toBe(true);
  });

  it('shows the parallel view without JavaScript, and the checkbox still switches it', async () => {
    const page = await (await env.sharedContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${env.site.root}zh-hant/statement/2/`);
    expect(await companionVisible(page)).toBe(true);
    await page.locator('#parallel-view').uncheck();
    expect(await companionVisible(page)).toBe(false);
    await page.close();
  });
});
