import { readFingerprintStore } from '../../src/lib/fingerprints';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { englishEdition } from '../../src/lib/collections/english-edition';
import { paragraphRef } from '../../src/lib/references';
import { printed, translations } from '../helpers/editions';
import { axeViolations, collectErrors, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await env.browser.newContext();
});

/** The paragraphs whose printed text contains the query, straight from the source: the expected answer. */
function paragraphsContaining(query: string, edition = printed()): string[] {
  return edition.documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.blocks.flatMap((block, index) => (block.text.includes(query) ? [paragraphRef(document.id, section.number, index + 1)] : [])),
    ),
  );
}

async function search(page: Page, edition: string, query: string): Promise<string[]> {
  await page.goto(`${env.site.origin}/${edition}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return status !== '' && !/正在搜索|Searching|JavaScript/u.test(status);
  });
  return page.locator('#search-results .result-ref').allTextContents();
}

const TABLE: [string, number][] = [
  ['联合国宪章', 7],
  ['上海合作组织', 1],
  ['人工智能', 1],
  ['安理会', 3],
  ['金砖', 2],
  ['聯合國憲章', 7],
];

describe('search finds exactly the paragraphs that contain a Chinese term', () => {
  for (const edition of ['zh-hans', 'zh-hant', 'en']) {
    it(`in the ${edition} edition`, async () => {
      const page = await context.newPage();
      const errors = collectErrors(page);
      for (const [query, count] of TABLE) {
        const found = await search(page, edition, query);
        const simplified = query === '聯合國憲章' ? '联合国宪章' : query;
        expect(found, `${edition} ${query}`).toEqual(paragraphsContaining(simplified));
        expect(found.length, `${edition} ${query}`).toBe(count);
      }
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('for more queries, checked against the source text: words the index may split, single characters, numbers', async () => {
    const page = await context.newPage();
    for (const query of [
      '联合国',
      '联合国安理会',
      '国安',
      '理会',
      '合国',
      '二战',
      '中俄关系',
      '俄方',
      '国',
      '80周年',
      '2025年5月',
      '《',
      '普京',
      '新时代全面战略协作伙伴关系',
    ]) {
      expect(await search(page, 'zh-hans', query), query).toEqual(paragraphsContaining(query));
    }
    await page.close();
  }, 60_000);

  it('finds English words in the translation, with stemming, in every edition, and links to that paragraph', async () => {
    const english = englishEdition(printed(), translations(), readFingerprintStore());
    const naming = paragraphsContaining('Charter', english);
    expect(naming.length).toBeGreaterThanOrEqual(7);
    const page = await context.newPage();
    for (const edition of ['en', 'zh-hans', 'zh-hant']) {
      expect(await search(page, edition, 'Charter'), edition).toEqual(naming);
      const href = await page.locator('#search-results a').first().getAttribute('href');
      expect(href).toMatch(new RegExp(`^/${edition}/statement/5/\\?hl=Charter#p5-2$`, 'u'));
    }
    expect(await search(page, 'en', 'cooperate')).toEqual(expect.arrayContaining(paragraphsContaining('cooperation', english)));
    await page.close();
  }, 60_000);
});

describe('the search page', () => {
  it('keeps the URL in step with what the reader types, and says how many paragraphs match', async () => {
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hans/search/`);
    await page.locator('#search-query').fill('金砖');
    await page.waitForURL(/\?q=%E9%87%91%E7%A0%96$/u);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 2);
    await expect(page.locator('#search-status').textContent()).resolves.toBe('共 2 个段落包含“金砖”。');
    await page.locator('#search-query').fill('没有这个词语');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('没有段落包含'));
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.close();
  });

  it('never breaks on bad input, and shows any query as text', async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const query of [
      '',
      '   ',
      '国',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>联合国',
      '"联合国宪章',
      '“Charter',
      '😀',
      '😀联合国',
      'a',
      '%%%',
      '\\',
    ]) {
      await page.goto(`${env.site.origin}/en/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => !/Searching/u.test(document.querySelector('#search-status')?.textContent ?? 'x'));
      expect(await page.locator('#search-results img, #search-results script').count(), query.slice(0, 20)).toBe(0);
      expect(await page.locator('#search-status').textContent(), query.slice(0, 20)).not.toBe('');
    }
    await page.locator('#search-query').fill('联'.repeat(10_000));
    await page.waitForFunction(() => /没有段落|No paragraph/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-query').inputValue()).toHaveLength(10_000);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('works by keyboard: / focuses search, arrows move through results, Enter opens one, highlighted on landing', async () => {
    const page = await context.newPage();
    await page.goto(`${env.site.origin}/zh-hant/statement/1/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('安理会');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hant\/search\/\?q=/u);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 3);
    await page.locator('#search-query').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('5.7');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/zh-hant\/statement\/5\/\?hl=.*#p5-5$/u);
    // The highlighter loads only on a page opened from a result, so the words are marked a moment later.
    const highlighted = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('search-hit');
        return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
      });
    await expect.poll(highlighted).toEqual(['安理會']);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5-5');
    await page.close();
  });

  it('has no WCAG 2.2 AA violation with results shown', async () => {
    const page = await context.newPage();
    for (const edition of ['zh-hans', 'en']) {
      await search(page, edition, '联合国宪章');
      expect(await axeViolations(page), edition).toEqual([]);
    }
    await page.close();
  });
});
