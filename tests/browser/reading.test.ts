import type { BrowserContext } from 'playwright-core';
import { contrastRatio } from '../helpers/contrast';
import { beforeAll, describe, expect, it } from 'vitest';
import { PHONE, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
let context: BrowserContext;
let phone: BrowserContext;

beforeAll(async () => {
  [context, phone] = await Promise.all([env.sharedContext(), env.sharedContext(PHONE)]);
  // The copy buttons write to the clipboard, which the tests read back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
});

const highlight = (selector: string) => `getComputedStyle(document.querySelector(${JSON.stringify(selector)})).backgroundColor`;

describe('reading a section', () => {
  it('goes from the home page to a section by its table of contents', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/`);
    await page
      .getByRole('link', { name: /新时代双边关系与相互支持/u })
      .first()
      .click();
    await page.waitForURL(`${env.site.root}zh-hans/statement/2/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/^二/u);
    expect(await page.locator('.reading-text [data-ref]').count()).toBe(8);
  });

  it("follows a paragraph's reference link to its own address and highlights it", async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/2/`);
    const before = await page.evaluate(highlight('#p2-5'));
    await page.locator('#p2-5 a.ref').click();
    await page.waitForURL(`${env.site.root}zh-hans/statement/2/#p2-5`);
    const after = await page.evaluate(highlight('#p2-5'));
    expect(after).not.toBe(before);
    expect(await page.evaluate(highlight('#p2-4'))).toBe(before);
  });

  it('opens a link to one paragraph scrolled to it and highlighted', async () => {
    const page = await env.tab(context);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(`${env.site.root}zh-hans/statement/5/#p5-12`);
    const box = await page.locator('#p5-12').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(700);
    expect(await page.evaluate(highlight('#p5-12'))).not.toBe(await page.evaluate(highlight('#p5-11')));
  });

  it('copies the permanent link of a paragraph with its copy button', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}report/1/`.replace('/report', '/zh-hans/report'));
    const button = page.getByRole('button', { name: '复制第 R1.3 段的链接' });
    await button.click();
    // The copying code loads on the first click, so the clipboard is filled a moment later.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${env.site.root}zh-hans/report/1/#r1-3`);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('已复制第 R1.3 段的链接');
  });

  it('shows the reading text on the first screen of a phone (390 × 844), in every edition', async () => {
    const page = await phone.newPage();
    for (const path of ['/zh-hans/statement/1/', '/zh-hant/statement/5/', '/en/statement/1/', '/en/report/2/']) {
      await page.goto(env.site.at(path));
      const top = await page
        .locator('[data-ref]')
        .first()
        .evaluate((paragraph) => paragraph.getBoundingClientRect().top);
      // The first paragraph begins with room for its first lines above the fold.
      expect(top, path).toBeLessThan(844 - 120);
    }
    await page.close();
  });

  it('confirms a copy visibly and politely, without moving the page', async () => {
    const page = await env.tab(context);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${env.site.root}en/statement/2/`);
    // Where each paragraph is on the page (not on the screen, which the click may scroll).
    const place = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-ref]')].map((p) => Math.round(p.getBoundingClientRect().top + window.scrollY)),
      );
    const button = page.getByRole('button', { name: 'Copy the link to paragraph 2.5' });
    await button.scrollIntoViewIfNeeded();
    const before = await place();
    await button.click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link to paragraph 2.5 copied');
    const toast = await page.locator('#copy-status').evaluate((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return {
        position: style.position,
        live: element.getAttribute('aria-live'),
        visible:
          box.width > 0 && box.height > 0 && box.bottom <= window.innerHeight && style.visibility === 'visible' && style.opacity === '1',
        contrast: [style.color, style.backgroundColor],
      };
    });
    expect(toast).toMatchObject({ position: 'fixed', live: 'polite', visible: true });
    expect(contrastRatio(toast.contrast[0]!, toast.contrast[1]!)).toBeGreaterThanOrEqual(4.5);
    expect(await place()).toEqual(before);
  });

  it('is readable without JavaScript: text, reference links, and none of the controls that need it', async () => {
    const page = await (await env.sharedContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${env.site.root}zh-hans/statement/3/#p3-4`);
    expect(await page.locator('.reading-text li[data-ref]').count()).toBe(8);
    expect(await page.locator('#p3-4 a.ref').getAttribute('href')).toBe('#p3-4');
    for (const control of ['button.copy-link', 'button.cite', '#term-alignment'])
      expect(await page.locator(`${control}:visible`).count(), control).toBe(0);
    // With JavaScript, they are there.
    const withScript = await context.newPage();
    await withScript.goto(`${env.site.root}zh-hans/statement/3/`);
    expect(await withScript.locator('button.copy-link:visible').count()).toBe(await withScript.locator('[data-ref]').count());
    await expect(withScript.locator('#term-alignment').isVisible()).resolves.toBe(true);
    await withScript.close();
    await page.close();
  });

  it('says plainly where the statement breaks off', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await expect(page.locator('.continuation').innerText()).resolves.toContain('（下转第三版）');
  });

  it('fits a 320 px phone without sideways scrolling', async () => {
    const page = await phone.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/zh-hans/', '/zh-hans/statement/4/', '/zh-hans/report/3/']) {
      await page.goto(env.site.at(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it('lets the keyboard skip to the text', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/1/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
  });

  it('copies a citation of a paragraph as plain text and as Markdown: Chinese, English, reference, permanent URL', async () => {
    const page = await env.tab(context);
    for (const [edition, cite, asText, asMarkdown] of [
      ['zh-hans', '引用第 5.2 段', '复制引文（纯文本）', '复制引文（Markdown）'],
      ['en', 'Cite paragraph 5.2', 'Copy citation as plain text', 'Copy citation as Markdown'],
    ] as const) {
      await page.goto(`${env.site.root}${edition}/statement/5/`);
      await page.getByRole('button', { name: cite }).click();
      await page.getByRole('menuitem', { name: asText }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^双方重申/u);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toMatch(/^双方重申坚持恪守国际法，特别是《联合国宪章》宗旨和原则/u);
      expect(text).toContain('The two sides reaffirm');
      expect(text).not.toContain('编者注');
      expect(text.endsWith(`5.2. ${env.site.root}${edition}/statement/5/#p5-2`)).toBe(true);
      await page.getByRole('button', { name: cite }).click();
      // The menu opens with the focus on its first item.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(asText);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(asMarkdown);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^> 双方重申/u);
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      expect(markdown).toMatch(/^> 双方重申/u);
      expect(markdown.endsWith(`[5.2](${env.site.root}${edition}/statement/5/#p5-2)`)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(cite);
    }
  });
});
