import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { distFile } from '../helpers/built';
import { contrastRatio } from '../helpers/contrast';
import { expectedChinese, glossary, paragraphsContaining, searchFor } from '../helpers/search';
import { axeViolations, collectErrors, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await env.sharedContext();
});

const search = (page: Page, edition: string, query: string) => searchFor(env.site, page, edition, query);

describe('the search page', () => {
  it('keeps the URL in step with what the reader types, and says how many paragraphs match', async () => {
    const page = await env.tab(context);
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
  });

  it('shows the card of an entry named by one word of its name in any script, or by its abbreviation', async () => {
    const page = await env.tab(context);
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
  });

  it('lists a pinyin query’s results with the Chinese text in a Chinese edition', async () => {
    const page = await env.tab(context);
    for (const edition of ['zh-hans', 'zh-hant'] as const) {
      await search(page, edition, 'pujing');
      const langs = await page
        .locator('#search-results .result-excerpt')
        .evaluateAll((excerpts) => excerpts.map((e) => e.getAttribute('lang')));
      expect(langs.length, edition).toBeGreaterThan(0);
      expect(new Set(langs), edition).toEqual(new Set([edition === 'zh-hant' ? 'zh-Hant' : 'zh-Hans']));
      expect(await page.locator('#search-results mark').first().textContent(), edition).toBe('普京');
    }
  });

  it('says which it counted where the text search and the entry differ', async () => {
    const page = await env.tab(context);
    const found = await search(page, 'zh-hans', '联合国');
    expect(found).toEqual(paragraphsContaining('联合国'));
    const un = glossary.un!.occurrences.length;
    expect(un).toBeLessThan(found.length);
    expect(await page.locator('#search-status').textContent()).toBe(
      `共 ${found.length} 个段落包含“联合国”；术语“联合国”见于其中 ${un} 段。`,
    );
  });

  it('says "mention" when a glossary entry is also found by another of its names, and names that name', async () => {
    const page = await env.tab(context);
    const found = await search(page, 'zh-hans', '联合国安理会');
    expect(found).toEqual(expectedChinese('联合国安理会'));
    expect(found.length).toBeGreaterThan(paragraphsContaining('联合国安理会').length);
    expect(await page.locator('#search-status').textContent()).toBe(`共 ${found.length} 个段落提及“联合国安理会”（又作“安理会”）。`);
    await search(page, 'en', '联合国安理会');
    expect(await page.locator('#search-status').textContent()).toBe(
      `${found.length} paragraphs mention “联合国安理会” (also as “安理会”).`,
    );
  });

  it('never breaks on bad input, and shows any query as text', async () => {
    const page = await env.tab(context);
    const errors = collectErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const query of [
      '<script>alert(1)</script>',
      '',
      '   ',
      '国',
      '<img src=x onerror=alert(1)>联合国',
      '"联合国宪章',
      '“Charter',
      '😀',
      '😀联合国',
      'a',
      '%%%',
      '\\',
    ]) {
      // The first (and an empty one) from the address, the rest typed into the box, as a reader refines a search.
      await search(page, 'en', query);
      expect(await page.locator('#search-results img, #search-results script').count(), query.slice(0, 20)).toBe(0);
      expect(await page.locator('#search-status').textContent(), query.slice(0, 20)).not.toBe('');
    }
    await page.locator('#search-query').fill('联'.repeat(10_000));
    await page.waitForFunction(() => /没有段落|No paragraph/u.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-query').inputValue()).toHaveLength(10_000);
    expect(errors).toEqual([]);
  }, 60_000);

  it('works by keyboard: / focuses search, arrows move through results, Enter opens one, highlighted on landing', async () => {
    const page = await env.tab(context);
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
  });

  it('starts fetching what a search needs as soon as the reader focuses the search box, and the search page finds it in the cache', async () => {
    const fresh = await env.browser.newContext();
    const page = await fresh.newPage();
    const fetched: string[] = [];
    // Fetched means received whole (and so in the cache), not merely asked for.
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
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
      const page = await env.tab(context);
      await page.emulateMedia({ colorScheme });
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
    });

  it('has no WCAG 2.2 AA violation with results shown', async () => {
    const page = await env.tab(context);
    for (const edition of ['zh-hans', 'en']) {
      await search(page, edition, '联合国宪章');
      expect(await axeViolations(page), edition).toEqual([]);
    }
  });
});
