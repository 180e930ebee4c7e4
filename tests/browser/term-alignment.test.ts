import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/lib/editions';
import { builtUrls } from '../helpers/built';
import { axeViolations, collectErrors, PHONE, settledFrame, withSiteAndBrowser } from '../helpers/site';

const { BASE } = builtUrls();

const env = withSiteAndBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await env.sharedContext({ viewport: { width: 1280, height: 900 } });
});

/** What is lit, as column:text, in document order. */
const lit = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.reading-text .lit')].map((element) => {
      const column = element.closest('.primary, .companion')!.classList.contains('primary') ? 'primary' : 'companion';
      return `${column}:${element.textContent}`;
    }),
  );

/** Every layout shift of a page so far, read from the browser's buffer of them. */
const layoutShift = (page: Page) =>
  page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as (PerformanceEntry & { value: number })[];
    observer.disconnect();
    return entries.reduce((sum, entry) => sum + entry.value, 0);
  });

/** What is lit once something is: the alignment's code loads on first use, so the first light-up takes a moment. */
async function litOnce(page: Page): Promise<string[]> {
  await expect.poll(() => lit(page)).not.toEqual([]);
  return lit(page);
}

async function open(path: string, browserContext = context): Promise<Page> {
  const page = await browserContext.newPage();
  await page.goto(env.site.at(path));
  return page;
}

/** A page opened in the tab the file's context keeps (a test that needs a second page, or another context, uses open). */
async function openInTab(path: string): Promise<Page> {
  const page = await env.tab(context);
  await page.goto(env.site.at(path));
  return page;
}

describe('term alignment in the parallel view', () => {
  for (const edition of EDITIONS) {
    it(`lights up a glossary term's rendering in the other column of the same paragraph, and the other way round (${edition})`, async () => {
      const page = await openInTab(`/${edition}/statement/5/`);
      const charter = { 'zh-hans': '联合国宪章', 'zh-hant': '聯合國憲章', en: 'Charter of the United Nations' }[edition];
      await page.locator('#p5-2 .primary a.term', { hasText: charter }).first().hover();
      const fromPrimary = await litOnce(page);
      expect(fromPrimary[0]).toBe(`primary:${charter}`);
      expect(fromPrimary.slice(1).every((entry) => entry.startsWith('companion:'))).toBe(true);
      expect(fromPrimary.length).toBeGreaterThan(1);
      expect(fromPrimary.join(' ')).toMatch(edition === 'en' ? /companion:联合国宪章/u : /companion:Charter of the United Nations/u);
      await page.locator('#p5-2 .companion a.term').first().hover();
      expect((await lit(page)).some((entry) => entry.startsWith('primary:'))).toBe(true);
      // Paragraphs elsewhere are not touched.
      expect(await page.locator('.reading-text .lit').evaluateAll((all) => all.every((e) => e.closest('#p5-2')))).toBe(true);
      await page.mouse.move(5, 5);
      expect(await lit(page)).toEqual([]);
    });
  }

  it('keeps the spaces around a lit term clear: tint and line stay inside the term’s own box', async () => {
    const page = await openInTab('/zh-hans/statement/5/');
    await page.locator('#p5-2 .primary a.term', { hasText: '联合国宪章' }).first().hover();
    await litOnce(page);
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reading-text .lit')].map((term) => {
        const style = getComputedStyle(term);
        const box = term.getBoundingClientRect();
        // The rectangle its painting reaches: its box, grown by an outline drawn outside it, or by an outer shadow.
        const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const shadow = style.boxShadow === 'none' || /inset/u.test(style.boxShadow) ? 0 : Number.POSITIVE_INFINITY;
        const reach = Math.max(0, outline, shadow);
        // The space before and after the term, where there is one.
        const spaces = [term.previousSibling, term.nextSibling].flatMap((node, index) => {
          if (!(node instanceof Text) || !/\s/u.test(index === 0 ? node.data.slice(-1) : node.data[0]!)) return [];
          const range = document.createRange();
          const at = index === 0 ? node.data.length - 1 : 0;
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          return [range.getBoundingClientRect()];
        });
        const covered = spaces.filter(
          (space) => space.right > box.left - reach && space.left < box.right + reach && space.width > 0,
        ).length;
        return { term: term.textContent, reach, spaces: spaces.length, covered, text: term.closest('[data-ref] > *')!.textContent };
      }),
    );
    const english = painted.find((entry) => /Charter/u.test(entry.term ?? ''))!;
    expect(english.spaces, 'the English term has a space beside it').toBeGreaterThan(0);
    for (const entry of painted) expect(entry, entry.term ?? '').toMatchObject({ reach: 0, covered: 0 });
    expect(english.text).toMatch(/ Charter of the United Nations\b/u);
  });

  it('lights up the terminology beyond the glossary: 双方 ↔ the two sides, in both directions', async () => {
    const page = await openInTab('/zh-hans/statement/2/');
    await page.locator('#p2-1 .primary .aligned', { hasText: '双方' }).first().hover();
    const fromChinese = await litOnce(page);
    expect(fromChinese[0]).toBe('primary:双方');
    expect(fromChinese.slice(1).map((entry) => entry.toLowerCase())).toEqual(['companion:the two sides', 'companion:the two sides']);
    const page2 = await open('/en/statement/2/');
    await page2
      .locator('#p2-1 .primary .aligned', { hasText: /^the two sides$/iu })
      .first()
      .hover();
    expect((await litOnce(page2)).filter((entry) => entry.startsWith('companion:'))).toEqual(['companion:双方', 'companion:双方']);
    await page2.close();
  });

  it('works by keyboard: a glossary term reached with Tab lights up its rendering, and leaving it puts it out', async () => {
    const page = await openInTab('/en/statement/5/');
    await page.locator('#p5-2 .primary a.term').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('a.term'))).toBe(true);
    expect((await litOnce(page)).length).toBeGreaterThan(1);
    await page.keyboard.press('Shift+Tab');
    expect(await lit(page)).toEqual([]);
  });

  it('works by touch: a tap lights up the pair until the next tap', async () => {
    const page = await (await env.sharedContext(PHONE)).newPage();
    // A tablet held sideways: a touch screen wide enough for the parallel view.
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(env.site.at('/zh-hans/statement/2/'));
    await page.locator('#p2-1 .primary .aligned', { hasText: '双方' }).first().tap();
    expect((await litOnce(page)).map((entry) => entry.toLowerCase())).toContain('companion:the two sides');
    // The events that follow a tap (a mouse emulation, a pointer leaving) do not put it out.
    await settledFrame(page);
    expect((await lit(page)).length).toBeGreaterThan(1);
    await page.locator('h1').tap();
    await expect.poll(() => lit(page)).toEqual([]);
    await page.close();
  });

  it('lights up nothing, and fails nowhere, for a term the other column does not render', async () => {
    const page = await openInTab('/en/statement/5/');
    const errors = collectErrors(page);
    // The glossary entry of the first term of 5.2 taken out of the Chinese column: the English term has no rendering left.
    const id = await page.evaluate(() => {
      const term = document.querySelector<HTMLAnchorElement>('#p5-2 .primary a.term')!;
      const id = term.hash;
      for (const other of document.querySelectorAll<HTMLAnchorElement>('#p5-2 .companion a.term'))
        if (other.hash === id) other.replaceWith(other.textContent);
      return id;
    });
    expect(id).not.toBe('');
    // The alignment at work on another paragraph first, so that the check below is not vacuous.
    await page.locator('#p5-3 .primary .aligned, #p5-3 .primary a.term').first().hover();
    await litOnce(page);
    await page.locator('#p5-2 .primary a.term').first().hover();
    await settledFrame(page);
    expect(await lit(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('changes classes only: nothing new for a screen reader', async () => {
    const page = await openInTab('/zh-hans/statement/5/');
    await page.evaluate(() => {
      const changes: string[] = [];
      new MutationObserver((records) => {
        for (const record of records) changes.push(`${record.type}:${record.attributeName ?? ''}`);
      }).observe(document.querySelector('.reading-text')!, { subtree: true, attributes: true, childList: true, characterData: true });
      (window as unknown as { changes: string[] }).changes = changes;
    });
    await page.locator('#p5-2 .primary a.term').first().hover();
    await litOnce(page);
    await page.locator('#p5-2 .companion .aligned, #p5-2 .companion a.term').first().hover();
    await litOnce(page);
    const changes = await page.evaluate(() => (window as unknown as { changes: string[] }).changes);
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes)).toEqual(new Set(['attributes:class']));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('can be turned off in the reading tools, and the choice is remembered', async () => {
    const own = await env.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open('/zh-hans/statement/5/', own);
    const option = page.getByRole('checkbox', { name: '对应词语高亮' });
    await expect(option.isChecked()).resolves.toBe(true);
    // In use, then turned off.
    await page.locator('#p5-2 .primary a.term').first().hover();
    await litOnce(page);
    await option.press('Space');
    await expect(option.isChecked()).resolves.toBe(false);
    await page.locator('#p5-2 .primary a.term').first().hover();
    await settledFrame(page);
    expect(await lit(page)).toEqual([]);
    const next = await open('/en/statement/2/', own);
    const requests: string[] = [];
    next.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await expect(next.getByRole('checkbox', { name: 'Light up matching terms' }).isChecked()).resolves.toBe(false);
    await next.locator('#p2-1 .primary .aligned').first().hover();
    await settledFrame(next);
    // Turned off, the alignment is not even loaded.
    expect(requests.filter((path) => /term-alignment/u.test(path))).toEqual([]);
    expect(await lit(next)).toEqual([]);
    await next.getByRole('checkbox', { name: 'Light up matching terms' }).check();
    await next.locator('#p2-2 .primary .aligned').first().hover();
    expect((await litOnce(next)).length).toBeGreaterThan(1);
    await own.close();
  });

  it('costs no request before first use, then only its own code and styles, and never a layout shift', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(env.site.at('/en/statement/5/'));
    await page.evaluate(() => document.fonts.ready);
    await settledFrame(page);
    // What loading the page shifted is not the alignment's (editions.test.ts holds the layout to its first paint).
    const atRest = await layoutShift(page);
    expect(requests.filter((path) => /term-alignment/u.test(path))).toEqual([]);
    const before = requests.length;
    await page.locator('#p5-2 .primary a.term').first().hover();
    await litOnce(page);
    await page.locator('#p5-3 .primary .aligned').first().hover();
    // On first use: the alignment's code and stylesheet (and the small helper that links a stylesheet), nothing else.
    await expect.poll(() => requests.slice(before).filter((path) => /\/term-alignment\.[\w-]+\.(js|css)$/u.test(path))).toHaveLength(2);
    await settledFrame(page);
    const used = requests.slice(before);
    expect(
      used.every((path) => new RegExp(`^${BASE}_astro/(term-alignment|load-stylesheet)\\.[\\w-]+\\.(js|css)$`, 'u').test(path)),
      used.join(' '),
    ).toBe(true);
    expect(await layoutShift(page)).toBe(atRest);
    // The measure is live: a shift made on purpose is counted.
    await page.evaluate(() =>
      document.querySelector('main')!.prepend(Object.assign(document.createElement('div'), { style: 'height: 300px' })),
    );
    await settledFrame(page);
    expect(await layoutShift(page)).toBeGreaterThan(atRest);
    await page.close();
  });
});
