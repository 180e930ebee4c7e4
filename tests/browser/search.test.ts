import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionText, loadModel } from '../../src/lib/content/load-model';
import { paragraphsOf } from '../../src/lib/search/search-data';
import { builtUrls, distFile } from '../helpers/built';
import { ENGLISH_CASES, expectedRefs } from '../helpers/english-queries';
import { compareRefs, paragraphRef } from '../../src/shared/references';
import { readFileSync, statSync } from 'node:fs';
import { printed } from '../helpers/editions';
import { contrastRatio } from '../helpers/contrast';
import { axeViolations, collectErrors, withSiteAndBrowser } from '../helpers/site';

const { paths } = builtUrls();

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

/**
 * The references a search lists: opened from its address, or, on that edition's search page already,
 * typed into its box, as a reader refines a search (the address follows what is typed).
 */
async function search(page: Page, edition: string, query: string): Promise<string[]> {
  const searchPage = env.site.at(`/${edition}/search/`);
  if (page.url().startsWith(searchPage) && query.trim() !== '') await page.locator('#search-query').fill(query);
  else await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (wanted) => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      const asked = new URL(window.location.href).searchParams.get('q') ?? '';
      return asked === wanted && status !== '' && !/正在搜索|正在搜尋|Searching|JavaScript/u.test(status);
    },
    query.trim() === '' ? '' : query,
  );
  return page.locator('#search-results .result-ref').allTextContents();
}

/** The glossary entries as built: the forms of each, and every paragraph where the text marks it. */
const glossary = JSON.parse(readFileSync('dist/zh-hans/glossary.json', 'utf8')) as Record<string, { occurrences: { ref: string }[] }>;
const entries = loadModel().glossary;

/**
 * What a Chinese query must find: every paragraph that contains it and, where the query is a name of a
 * glossary entry, every paragraph where that entry occurs (in whichever of its forms).
 */
function expectedChinese(query: string): string[] {
  const named = entries.filter((entry) =>
    [entry.term, ...(entry.forms ?? []), ...(entry.published ? [entry.published] : [])].includes(query),
  );
  const refs = new Set([
    ...paragraphsContaining(query),
    ...named.flatMap((entry) => glossary[entry.id]!.occurrences.map((occurrence) => occurrence.ref)),
  ]);
  return [...refs].sort(compareRefs);
}

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
      const page = await context.newPage();
      const errors = collectErrors(page);
      for (const [query, count] of table) {
        const found = await search(page, edition, query);
        const simplified = query === '聯合國憲章' ? '联合国宪章' : query;
        expect(found, `${edition} ${query}`).toEqual(expectedChinese(simplified));
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
      expect(await search(page, 'zh-hans', query), query).toEqual(expectedChinese(query));
    }
    await page.close();
  }, 60_000);

  it('finds English words exactly, by the rules the search states, in every edition, and links to that paragraph in it', async () => {
    // Every case is run through the search engine in tests/lib/search-engine.test.ts; here, a spelling, a phrase and
    // a word the text lacks go through the page, in each edition.
    const sample = ENGLISH_CASES.filter((testCase) => ['organization', '"Security Council"', 'labor'].includes(testCase.query));
    expect(sample).toHaveLength(3);
    const english = paragraphsOf(editionText('en'));
    const page = await context.newPage();
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
    await page.close();
  }, 60_000);
});

describe('every name of a glossary entry', () => {
  it('finds the entry, shows its card above the results, and every paragraph where it occurs', async () => {
    const page = await context.newPage();
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
    await page.close();
  }, 60_000);
});

describe('references and narrowing', () => {
  it('offer the paragraph or the section a query names as the first result, and it leads there', async () => {
    const page = await context.newPage();
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
    await page.close();
  });

  it('a reference that matches no text shows the jump and no "no match"; Enter goes there', async () => {
    const page = await context.newPage();
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
    await page.close();
  });

  it('narrow the results to one document, count them by section, and keep the whole search in the URL', async () => {
    const page = await context.newPage();
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
    await page.close();
  });
});

describe('the search page', () => {
  it('keeps the URL in step with what the reader types, and says how many paragraphs match', async () => {
    const page = await context.newPage();
    await page.goto(`${env.site.root}zh-hans/search/`);
    await page.locator('#search-query').fill('金砖');
    await page.waitForURL(/\?q=%E9%87%91%E7%A0%96$/u);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('共 2 个段落包含“金砖”。');
    expect(await page.locator('#search-results li').count()).toBe(2);
    await page.locator('#search-query').fill('没有这个词语');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('没有段落包含'));
    expect(await page.locator('#search-results li').count()).toBe(0);
    // English counts in the singular and the plural.
    await page.goto(`${env.site.root}en/search/?q=${encodeURIComponent('Shanghai Cooperation Organization')}`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('1 paragraph matches “Shanghai Cooperation Organization”.');
    await page.goto(`${env.site.root}en/search/?q=BRICS`);
    // “BRICS” is also in the name of a longer entry (the China–BRICS centre): the line says what each count is.
    const brics = JSON.parse(readFileSync('dist/en/glossary.json', 'utf8')) as Record<string, { occurrences: unknown[] }>;
    await expect
      .poll(() => page.locator('#search-status').textContent())
      .toMatch(new RegExp(`^\\d+ paragraphs match “BRICS”; the entry BRICS occurs in ${brics.brics!.occurrences.length}\\.$`, 'u'));
    await page.close();
  });

  it('shows the card of an entry named by one word of its name in any script, or by its abbreviation', async () => {
    const page = await context.newPage();
    for (const [edition, query, id] of [
      ['en', '«Путин»', 'putin'],
      ['zh-hans', 'Putin', 'putin'],
      ['zh-hant', 'Xi', 'xi-jinping'],
      ['en', '«ООН»', 'un'],
      ['zh-hans', 'sco', 'sco'],
    ] as const) {
      await search(page, edition, query);
      expect(await page.locator('#search-entries h2').evaluateAll((headings) => headings.map((h) => h.id)), `${edition} ${query}`).toEqual([
        `entry-${id}`,
      ]);
      expect(await page.locator('#search-results li').count(), `${edition} ${query}`).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('lists a pinyin query’s results with the Chinese text in a Chinese edition', async () => {
    const page = await context.newPage();
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      await search(page, edition, 'pujing');
      const langs = await page
        .locator('#search-results .result-excerpt')
        .evaluateAll((excerpts) => excerpts.map((e) => e.getAttribute('lang')));
      expect(langs.length, edition).toBeGreaterThan(0);
      expect(new Set(langs), edition).toEqual(new Set([edition === 'zh-hant' ? 'zh-Hant' : 'zh-Hans']));
      expect(await page.locator('#search-results mark').first().textContent(), edition).toBe('普京');
    }
    await page.close();
  });

  it('says which it counted where the text search and the entry differ', async () => {
    const page = await context.newPage();
    const found = await search(page, 'zh-hans', '联合国');
    expect(found).toEqual(paragraphsContaining('联合国'));
    const un = glossary.un!.occurrences.length;
    expect(un).toBeLessThan(found.length);
    expect(await page.locator('#search-status').textContent()).toBe(
      `共 ${found.length} 个段落包含“联合国”；术语“联合国”见于其中 ${un} 段。`,
    );
    await page.close();
  });

  it('says "mention" when a glossary entry is also found by another of its names, and names that name', async () => {
    const page = await context.newPage();
    const found = await search(page, 'zh-hans', '联合国安理会');
    expect(found).toEqual(expectedChinese('联合国安理会'));
    expect(found.length).toBeGreaterThan(paragraphsContaining('联合国安理会').length);
    expect(await page.locator('#search-status').textContent()).toBe(`共 ${found.length} 个段落提及“联合国安理会”（又作“安理会”）。`);
    await search(page, 'en', '联合国安理会');
    expect(await page.locator('#search-status').textContent()).toBe(
      `${found.length} paragraphs mention “联合国安理会” (also as “安理会”).`,
    );
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
      await page.goto(`${env.site.root}en/search/?q=${encodeURIComponent(query)}`);
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
    await page.goto(`${env.site.root}zh-hant/statement/1/`);
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

  it('starts fetching what a search needs as soon as the reader focuses the search box, and the search page finds it in the cache', async () => {
    const fresh = await env.browser.newContext();
    const page = await fresh.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => /^\/(pagefind|search)\//u.test(path))).toEqual([]);
    await page.locator('#site-search').focus();
    const needed = [
      /\/pagefind\/pagefind\.js$/u,
      /\/pagefind\/wasm\.\w+\.pagefind$/u,
      /\/pagefind\/pagefind\.[\w-]+\.pf_meta$/u,
      /\/search\/names\.json$/u,
      /\/search\/zh-hans\.json$/u,
    ];
    await expect.poll(() => needed.filter((pattern) => !fetched.some((path) => pattern.test(path))).map(String)).toEqual([]);
    // On the search page they come from the cache: at most a revalidation (headers, no body) goes over the network.
    const cdp = await fresh.newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map<string, string>();
    const transferred = new Map<string, number>();
    cdp.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) =>
      urls.set(event.requestId, new URL(event.response.url).pathname),
    );
    cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
      const path = urls.get(event.requestId);
      if (path) transferred.set(path, Math.max(transferred.get(path) ?? 0, event.encodedDataLength));
    });
    await page.locator('#site-search').fill('联合国宪章');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/zh-hans\/search\/\?q=/u);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    const reloaded = [...transferred].filter(
      ([path, bytes]) => needed.some((pattern) => pattern.test(path)) && bytes >= statSync(distFile(path)).size,
    );
    expect(reloaded).toEqual([]);
    expect([...transferred.keys()].filter((path) => needed.some((pattern) => pattern.test(path)))).toHaveLength(needed.length);
    await fresh.close();
  });

  for (const colorScheme of ['light', 'dark'] as const)
    it(`marks the searched words on the paragraph a result opens so that they stand out from its arrival tint (${colorScheme})`, async () => {
      const page = await env.browser.newPage({ colorScheme });
      await page.goto(`${env.site.root}zh-hans/statement/5/?hl=${encodeURIComponent('安理会')}#p5-5`);
      await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
      const colours = await page.evaluate(() => {
        const rule = [...document.styleSheets]
          .flatMap((sheet) => [...sheet.cssRules])
          .find((candidate): candidate is CSSStyleRule => (candidate as CSSStyleRule).selectorText === '::highlight(search-hit)')!;
        const paragraph = document.querySelector('#p5-5')!;
        // The highlight's own colours, resolved the way the page resolves them.
        const probe = document.createElement('span');
        probe.style.backgroundColor = rule.style.backgroundColor;
        probe.style.color = rule.style.color;
        paragraph.append(probe);
        const hit = getComputedStyle(probe);
        const result = { hit: hit.backgroundColor, text: hit.color, arrived: getComputedStyle(paragraph).backgroundColor };
        probe.remove();
        return result;
      });
      expect(contrastRatio(colours.text, colours.hit), 'the words on the highlight').toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colours.hit, colours.arrived), 'the highlight against the arrived paragraph').toBeGreaterThanOrEqual(3);
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
