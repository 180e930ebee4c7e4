import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await env.sharedContext();
});

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
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');

    await tabTo(page, (e) => e.tag === 'a' && e.text.includes('联合国与国际秩序'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`${env.site.root}zh-hans/statement/5/`);

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
  }, 60_000);

  it('skips past the text to the other sections, and meets a paragraph’s glossary terms as one Tab stop', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到其他部分');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav.pager, nav.toc') !== null)).toBe(true);

    // Every paragraph puts at most one of its terms in the Tab order; the others are reached with the arrow keys.
    const tabbable = await page.evaluate(() =>
      [...document.querySelectorAll('[data-ref]')].map((paragraph) => ({
        ref: (paragraph as HTMLElement).dataset.ref,
        terms: paragraph.querySelectorAll('a.term').length,
        inTabOrder: [...paragraph.querySelectorAll<HTMLElement>('a.term')].filter((term) => term.tabIndex >= 0).length,
      })),
    );
    for (const paragraph of tabbable) expect(paragraph.inTabOrder, paragraph.ref).toBe(Math.min(1, paragraph.terms));
    const many = tabbable.find((paragraph) => paragraph.terms > 2)!;
    const terms = page.locator(`[data-ref="${many.ref}"] a.term`);
    await terms.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await terms.nth(1).textContent());
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await terms.last().textContent());
    // The paragraph remembers the term reached: Shift+Tab and Tab come back to it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(await terms.last().textContent());

    // From the top of the page to the pager by Tab alone, now a fraction of what it was (168 in section 五).
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    let presses = 0;
    for (; presses < 200; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('nav.pager') !== null)) break;
    }
    expect(presses).toBeLessThan(100);
  });

  it('always sees where the focus is', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}en/statement/2/`);
    for (let press = 0; press < 25; press += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return element === document.body ? 'body' : `${style.outlineStyle} ${style.outlineWidth}`;
      });
      expect(outline, `Tab ${press + 1}`).toMatch(/^solid [1-9]/u);
    }
  });
});
