import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (element: { text: string; tag: string; className: string }) => boolean, limit = 300) {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return {
        text: element?.textContent?.trim() ?? '',
        tag: element?.tagName.toLowerCase() ?? '',
        className: element?.className?.toString() ?? '',
      };
    });
    if (matches(focused)) return;
  }
  throw new Error('the element was not reached by Tab');
}

describe('a keyboard-only reader', () => {
  it('goes from the home page to a section, opens a glossary popover, searches and opens a result', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}/zh-hans/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');

    await tabTo(page, (e) => e.tag === 'a' && e.text.includes('联合国与国际秩序'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.site.origin}/zh-hans/statement/5/`);

    await tabTo(page, (e) => e.tag === 'a' && e.className.includes('term') && e.text === '联合国宪章');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#glossary-popover')?.matches(':popover-open'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#glossary-popover') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('联合国宪章');

    await page.keyboard.press('/');
    await page.keyboard.type('上海合作组织');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hans\/search\/\?q=/u);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hans\/statement\/4\/\?hl=.*#p4-4$/u);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p4-4');
    await page.close();
  }, 60_000);

  it('always sees where the focus is', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.origin}/en/statement/2/`);
    for (let press = 0; press < 25; press += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return element === document.body ? 'body' : `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline, `Tab ${press + 1}`).toMatch(/^solid [1-9]/u);
    }
    await page.close();
  });
});
