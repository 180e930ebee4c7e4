import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionText } from '../../src/lib/content/load-model';
import { paragraphsOf } from '../../src/lib/search/search-data';
import { builtUrls } from '../helpers/built';
import { ENGLISH_CASES, expectedRefs } from '../helpers/english-queries';
import { expectedChinese, searchFor } from '../helpers/search';
import { collectErrors, withSiteAndBrowser } from '../helpers/site';

const { paths } = builtUrls();

const env = withSiteAndBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await env.sharedContext();
});

const search = (page: Page, edition: string, query: string) => searchFor(env.site, page, edition, query);

const TABLE: [string, number][] = [
  ['联合国宪章', 7],
  ['上海合作组织', 1],
  ['人工智能', 1],
  ['安理会', 3],
  ['金砖', 2],
  ['聯合國憲章', 7],
];

describe('search finds exactly the paragraphs that contain a Chinese term, and where a term it names occurs', () => {
  // The index is one for every edition; the other editions are asked a term in each script.
  for (const [edition, table] of [
    ['zh-hans', TABLE],
    ['zh-hant', TABLE.filter(([query]) => ['联合国宪章', '聯合國憲章'].includes(query))],
    ['en', TABLE.filter(([query]) => ['安理会', '聯合國憲章'].includes(query))],
  ] as const) {
    it(`in the ${edition} edition`, async () => {
      const page = await env.tab(context);
      const errors = collectErrors(page);
      for (const [query, count] of table) {
        const found = await search(page, edition, query);
        const simplified = query === '聯合國憲章' ? '联合国宪章' : query;
        expect(found, `${edition} ${query}`).toEqual(expectedChinese(simplified));
        expect(found.length, `${edition} ${query}`).toBe(count);
      }
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('for more queries, checked against the source text: words the index may split, single characters, numbers', async () => {
    const page = await env.tab(context);
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
      expect(await search(page, 'zh-hans', query), query).toEqual(expectedChinese(query));
    }
  }, 60_000);

  it('finds English words exactly, by the rules the search states, in every edition, and links to that paragraph in it', async () => {
    // Every case is run through the search engine in tests/lib/search-engine.test.ts; here, a spelling, a phrase and
    // a word the text lacks go through the page, in each edition.
    const sample = ENGLISH_CASES.filter((testCase) => ['organization', '"Security Council"', 'labor'].includes(testCase.query));
    expect(sample).toHaveLength(3);
    const english = paragraphsOf(editionText('en'));
    const page = await env.tab(context);
    for (const edition of ['en', 'zh-hans', 'zh-hant']) {
      for (const testCase of sample) {
        expect(await search(page, edition, testCase.query), `${edition} ${testCase.query}: ${testCase.what}`).toEqual(
          expectedRefs(testCase, english),
        );
      }
      await search(page, edition, 'Charter');
      expect(await page.locator('#search-results a').first().getAttribute('href')).toMatch(
        new RegExp(`^${paths.section(edition, 'statement', 5)}\\?hl=Charter[^#]*#p5-2$`, 'u'),
      );
    }
  }, 60_000);
});

describe('every name of a glossary entry', () => {
  it('finds the entry, shows its card above the results, and every paragraph where it occurs', async () => {
    const page = await env.tab(context);
    const queries: [string, string, string][] = [
      ['zh-hans', '联合国宪章', '联合国宪章'],
      ['zh-hant', '聯合國憲章', '聯合國憲章'],
      ['en', 'lianheguo xianzhang', 'Charter of the United Nations'],
      ['en', 'Liánhéguó Xiànzhāng', 'Charter of the United Nations'],
      ['zh-hans', 'LianheguoXianzhang', '联合国宪章'],
      ['en', 'Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'],
      ['zh-hant', 'Красный шёлк', '紅絲綢'],
      ['en', 'Российская государственная библиотека', 'Russian State Library'],
    ];
    for (const [edition, query, title] of queries) {
      const found = await search(page, edition, query);
      expect(await page.locator('.entry-card h2').allTextContents(), `${edition} ${query}`).toEqual([title]);
      expect(found.length, `${edition} ${query}`).toBeGreaterThan(0);
      const link = await page.locator('.entry-card a').getAttribute('href');
      expect(link).toMatch(new RegExp(`${paths.glossary(edition)}#[a-z0-9-]+$`, 'u'));
    }
    // "Charter" is an English word and names the Charter: the card, and the word's paragraphs.
    const charter = await search(page, 'en', 'Charter');
    expect(await page.locator('.entry-card h2').allTextContents()).toEqual(['Charter of the United Nations']);
    expect(charter).toEqual(expectedRefs({ query: 'Charter', what: '', expect: [/\bCharter\b/u] }, paragraphsOf(editionText('en'))));
  }, 60_000);
});

describe('references and narrowing', () => {
  it('offer the paragraph or the section a query names as the first result, and it leads there', async () => {
    const page = await env.tab(context);
    for (const [edition, query, target] of [
      ['zh-hans', '2.5', `${paths.section('zh-hans', 'statement', 2)}#p2-5`],
      ['en', 'R1.2', `${paths.section('en', 'report', 1)}#r1-2`],
      ['zh-hant', '5.16', `${paths.section('zh-hant', 'statement', 5)}#p5-16`],
      ['zh-hans', '三', paths.section('zh-hans', 'statement', 3)],
      ['en', 'III', paths.section('en', 'statement', 3)],
      ['zh-hant', 'R2', paths.section('zh-hant', 'report', 2)],
    ] as const) {
      await search(page, edition, query);
      expect(await page.locator('#search-results li').first().getAttribute('class'), `${edition} ${query}`).toBe('jump');
      expect(await page.locator('#search-results li.jump a').getAttribute('href'), `${edition} ${query}`).toBe(target);
    }
    await search(page, 'en', '9.9');
    expect(await page.locator('#search-results li.jump').count()).toBe(0);
    await page.locator('#search-results').isVisible();
    await search(page, 'en', '2.5');
    await page.locator('#search-results li.jump a').click();
    await page.waitForURL(`${env.site.origin}${paths.section('en', 'statement', 2)}#p2-5`);
  });

  it('a reference that matches no text shows the jump and no "no match"; Enter goes there', async () => {
    const page = await env.tab(context);
    for (const [edition, query, target] of [
      ['en', '2.5', `${paths.section('en', 'statement', 2)}#p2-5`],
      ['zh-hans', 'R1.2', `${paths.section('zh-hans', 'report', 1)}#r1-2`],
      ['zh-hant', 'R2', paths.section('zh-hant', 'report', 2)],
      ['en', 'III', paths.section('en', 'statement', 3)],
    ] as const) {
      await page.goto(`${env.site.root}${edition}/search/`);
      await page.locator('#search-query').fill(query);
      await page.waitForFunction(() => document.querySelector('#search-results li')?.className === 'jump');
      const status = (await page.locator('#search-status').textContent()) ?? '';
      expect(status, `${edition} ${query}`).not.toMatch(/No paragraph|没有段落|沒有段落/u);
      expect(status, `${edition} ${query}`).toContain((await page.locator('#search-results li.jump a').textContent()) ?? '—');
      await page.locator('#search-query').press('Enter');
      await page.waitForURL(`${env.site.origin}${target}`);
    }
  });

  it('narrow the results to one document, count them by section, and keep the whole search in the URL', async () => {
    const page = await env.tab(context);
    const all = await search(page, 'zh-hans', '中俄');
    expect(all.some((ref) => ref.startsWith('R'))).toBe(true);
    expect(all.some((ref) => !ref.startsWith('R'))).toBe(true);
    await page.locator('input[name="doc"][value="report"]').check();
    await page.waitForURL(/[?&]doc=report/u);
    const report = await page.locator('#search-results .result-ref').allTextContents();
    expect(report).toEqual(all.filter((ref) => ref.startsWith('R')));
    const counts = await page.locator('#search-sections a').allTextContents();
    const expected = new Map<string, number>();
    for (const ref of report) expected.set(`R${ref.slice(1).split('.')[0]}`, (expected.get(`R${ref.slice(1).split('.')[0]}`) ?? 0) + 1);
    expect(counts).toEqual([...expected].map(([section, count]) => `${section} (${count})`));
    // The search is itself a link: opened again, it shows the same.
    const url = page.url();
    expect(new URL(url).searchParams.get('q')).toBe('中俄');
    await page.goto(url);
    await page.waitForFunction(() => /共/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results .result-ref').allTextContents()).toEqual(report);
    expect(await page.locator('input[name="doc"][value="report"]').isChecked()).toBe(true);
  });
});
