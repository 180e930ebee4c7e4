import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/site-server';
import { builtUrls } from '../helpers/built';
import { axeViolations, collectErrors, settledFrame, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
const { BASE } = builtUrls();
const VIEWPORT = { width: 1280, height: 900 };
let context: BrowserContext;

beforeAll(async () => {
  context = await env.sharedContext({ viewport: VIEWPORT });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
});

interface Occurrence {
  /** The paragraph column: '#p2-1 .primary'. */
  column: string;
  passage: string;
  /** Which occurrence in the column's own text (0 = the first). */
  index: number;
}

/**
 * Runs in the page: the DOM range of the n-th occurrence of a passage in a column's own text (without
 * its notes and the tools), found independently of the site's code.
 */
const rangeScript = `(({ column, passage, index }) => {
  const root = document.querySelector(column);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => node.parentElement.closest('.editorial-note, .see-also, .translator-note, .passage-tools')
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes = [];
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) { nodes.push([node, text.length]); text += node.data; }
  let at = -1;
  for (let i = 0; i <= index; i += 1) at = text.indexOf(passage, at + 1);
  if (at === -1) throw new Error('no such occurrence: ' + passage);
  const point = (offset, isEnd) => {
    for (const [node, start] of nodes) if (offset >= start && (offset < start + node.data.length || (isEnd && offset === start + node.data.length))) return [node, offset - start];
  };
  const range = document.createRange();
  range.setStart(...point(at, false));
  range.setEnd(...point(at + passage.length, true));
  return range;
})`;

async function select(page: Page, occurrence: Occurrence): Promise<void> {
  await page.evaluate(
    ([script, target]) => {
      const range = (0, eval)(script) as (occurrence: unknown) => Range;
      const found = range(target);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(found);
    },
    [rangeScript, occurrence] as const,
  );
  await page.waitForSelector('.passage-tools');
}

/** A picture of an occurrence, the page scrolled so that it is 200 px from the top, the pointer out of the way. */
async function picture(page: Page, occurrence: Occurrence): Promise<Buffer> {
  const rect = await page.evaluate(
    ([script, target]) => {
      const range = ((0, eval)(script) as (occurrence: unknown) => Range)(target);
      const top = range.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, Math.max(0, top - 200));
      const box = range.getBoundingClientRect();
      return { x: Math.floor(box.left), y: Math.floor(box.top), width: Math.ceil(box.width), height: Math.ceil(box.height) };
    },
    [rangeScript, occurrence] as const,
  );
  await page.mouse.move(1, 1);
  await settledFrame(page);
  return page.screenshot({ clip: rect });
}

const plainPictures = new WeakMap<BrowserContext, Map<string, Buffer>>();

/**
 * Pictures of occurrences on a page opened plainly (without a fragment) at an address: the page is opened
 * once for all of them that have none yet, and each picture is kept for later calls.
 */
async function plainPicturesOf(address: string, occurrences: Occurrence[], browserContext: BrowserContext): Promise<Buffer[]> {
  const pictures = plainPictures.get(browserContext) ?? new Map<string, Buffer>();
  plainPictures.set(browserContext, pictures);
  const keyOf = (occurrence: Occurrence) => `${address} ${JSON.stringify(occurrence)}`;
  const missing = occurrences.filter((occurrence) => !pictures.has(keyOf(occurrence)));
  if (missing.length > 0) {
    const plain = await openAt(address, browserContext);
    for (const occurrence of missing) pictures.set(keyOf(occurrence), await picture(plain, occurrence));
    await plain.close();
  }
  return occurrences.map((occurrence) => pictures.get(keyOf(occurrence))!);
}

/**
 * Waits until the browser highlights an occurrence and leaves the others of the same paragraph as they
 * are: the state a link must come to rest in (a browser may first mark the paragraph the link names as
 * :target, and apply the text fragment after). Highlighted means painted otherwise than on the same page
 * opened plainly: a browser's own highlight of a text fragment (::target-text) is painted, not put in the
 * DOM, and no API reports it, so only the pixels can tell; the site's own marks are checked in the DOM
 * (below).
 */
async function highlighted(page: Page, occurrence: Occurrence, { not = [] as Occurrence[], browserContext = context } = {}): Promise<void> {
  const occurrences = [occurrence, ...not];
  const plain = await plainPicturesOf(page.url().split('#')[0]!, occurrences, browserContext);
  // One picture after another: each scrolls the page to its occurrence.
  const state = async () => {
    const differs: boolean[] = [];
    for (const [index, each] of occurrences.entries()) differs.push(!plain[index]!.equals(await picture(page, each)));
    return differs;
  };
  await expect.poll(state, { timeout: 10_000 }).toEqual([true, ...not.map(() => false)]);
}

async function copiedLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: /Copy link to this passage|复制所选文字的链接/u }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/:~:text=/u);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A page opened at a link, its fonts loaded and painted, so that its pictures compare. */
async function openAt(link: string, browserContext = context): Promise<Page> {
  const page = await browserContext.newPage();
  await page.goto(link);
  await page.evaluate(() => document.fonts.ready);
  await settledFrame(page);
  return page;
}

describe('links to a passage', () => {
  it('offer to copy a link to a selected passage; the link lands on the passage, highlighted', async () => {
    const page = await openAt(`${env.site.root}en/statement/5/`);
    const passage = { column: '#p5-9 .primary', passage: 'on an equal footing', index: 0 };
    const errors = collectErrors(page);
    await select(page, passage);
    const link = await copiedLink(page);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Link to the passage in paragraph 5.9 copied');
    expect(new URL(link).pathname).toBe(`${BASE}en/statement/5/`);
    expect(new URL(link).hash).toMatch(/^#p5-9:~:text=/u);
    const opened = await openAt(link);
    // The rest of the paragraph is not.
    await highlighted(opened, passage, { not: [{ ...passage, passage: 'The two sides' }] });
    expect(errors).toEqual([]);
    await page.close();
    await opened.close();
  });

  it('address a passage that occurs twice in its paragraph uniquely, in English and in Chinese', async () => {
    // Text fragments are matched in any case: "The two sides" and "the two sides" are the same passage.
    for (const [path, first, second] of [
      [
        '/en/statement/2/',
        { column: '#p2-1 .primary', passage: 'The two sides', index: 0 },
        { column: '#p2-1 .primary', passage: 'the two sides', index: 0 },
      ],
      [
        '/zh-hans/statement/2/',
        { column: '#p2-1 .primary', passage: '双方', index: 0 },
        { column: '#p2-1 .primary', passage: '双方', index: 1 },
      ],
    ] as const) {
      const page = await openAt(env.site.at(path));
      await select(page, second);
      const link = await copiedLink(page);
      expect(decodeURIComponent(link), link).toMatch(/text=.*(-,|,-)/u);
      const opened = await openAt(link);
      await highlighted(opened, second, { not: [first] });
      await page.close();
      await opened.close();
    }
  });

  it('keep a selection that starts and ends inside Chinese words exactly as selected', async () => {
    const page = await openAt(`${env.site.root}zh-hans/statement/5/`);
    const passage = { column: '#p5-9 .primary', passage: '方支持在保', index: 0 };
    await select(page, passage);
    const link = await copiedLink(page);
    expect(decodeURIComponent(link)).toContain('方支持在保');
    const opened = await openAt(link);
    await highlighted(opened, passage, { not: [{ ...passage, passage: '双' }] });
    await page.close();
    await opened.close();
  });

  it('land on the passage in another edition that shows its text, and on the paragraph in one that does not', async () => {
    const english = await openAt(`${env.site.root}en/statement/5/`);
    await select(english, { column: '#p5-9 .primary', passage: 'on an equal footing', index: 0 });
    const englishLink = await copiedLink(english);
    // The English is beside the Chinese in the Simplified edition.
    const inSimplified = await openAt(englishLink.replace('/en/', '/zh-hans/'));
    await highlighted(inSimplified, { column: '#p5-9 .companion', passage: 'on an equal footing', index: 0 });

    const simplified = await openAt(`${env.site.root}zh-hans/statement/5/`);
    await select(simplified, { column: '#p5-9 .primary', passage: '平等对话', index: 0 });
    const chineseLink = await copiedLink(simplified);
    // The Traditional edition has the words in the other script: the link lands on the paragraph.
    const inTraditional = await openAt(chineseLink.replace('/zh-hans/', '/zh-hant/'));
    await expect.poll(() => inTraditional.locator('#p5-9.landed').count()).toBe(1);
    const box = await inTraditional.locator('#p5-9').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(VIEWPORT.height);

    // The edition switcher takes the passage along.
    const opened = await openAt(chineseLink);
    await opened.getByRole('link', { name: 'English' }).click();
    await opened.waitForURL(/\/en\/statement\/5\//u);
    const navigation = await opened.evaluate(() => performance.getEntriesByType('navigation')[0]!.name);
    expect(navigation).toMatch(/#p5-9:~:text=/u);
    await highlighted(opened, { column: '#p5-9 .companion', passage: '平等对话', index: 0 });
    for (const page of [english, inSimplified, simplified, inTraditional, opened]) await page.close();
  });

  it('cite a passage: the citation menu gives the passage quoted, the reference and the link to it', async () => {
    const page = await openAt(`${env.site.root}en/statement/5/`);
    await select(page, { column: '#p5-9 .primary', passage: 'on an equal footing', index: 0 });
    await page.getByRole('button', { name: 'Cite this passage' }).click();
    const menu = page.getByRole('menu', { name: 'Copy a citation of the passage' });
    await menu.waitFor();
    await menu.getByRole('menuitem', { name: 'Copy citation as plain text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“on an equal footing” \(/u);
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toMatch(/unofficial translation/u);
    expect(citation).toMatch(/Joint Statement of the People’s Republic of China.*, 5\.9\. http:\/\/.*\/en\/statement\/5\/#p5-9:~:text=/su);
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe('Citation of the passage in paragraph 5.9 copied');
    await page.close();
  });

  it('show their tools with no WCAG 2.2 AA violation, and load nothing before the first selection', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.root}zh-hant/statement/4/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => /passage|page-text/u.test(path))).toEqual([]);
    await select(page, { column: '#p4-5 .primary', passage: '媒體', index: 0 });
    expect(requests.filter((path) => /passage-tools/u.test(path))).toHaveLength(1);
    await expect(page.getByRole('group', { name: '所選文字' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Selecting nothing, or something outside one paragraph, withdraws them.
    await page.evaluate(() => window.getSelection()!.removeAllRanges());
    await expect.poll(() => page.locator('.passage-tools').count()).toBe(0);
    await page.close();
  });
});

describe('links to a passage, by keyboard (caret browsing)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(['--enable-caret-browsing']);
  });
  afterAll(async () => browser?.close());

  it('a passage selected with Shift and the arrow keys is offered its tools at the next Tab', async () => {
    const keyboard = await browser.newContext({ viewport: VIEWPORT });
    await keyboard.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    const page = await keyboard.newPage();
    await page.goto(`${env.site.root}en/statement/5/`);
    // The caret before "on an equal footing", as a click would put it.
    await page.evaluate(
      ([script]) => {
        const range = ((0, eval)(script) as (occurrence: unknown) => Range)({
          column: '#p5-9 .primary',
          passage: 'on an equal footing',
          index: 0,
        });
        range.collapse(true);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      },
      [rangeScript] as const,
    );
    for (let i = 0; i < 'on an equal footing'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    // The selection grew one character per key press, the caret never stopping at the tools.
    await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe('on an equal footing');
    // The tools follow the selection once it rests: wait for those of the whole passage, placed below its end.
    await page.waitForFunction(() => {
      const tools = document.querySelector<HTMLElement>('.passage-tools');
      const selection = window.getSelection();
      if (!tools?.parentElement || !selection || selection.rangeCount === 0) return false;
      const rects = selection.getRangeAt(0).getClientRects();
      const end = rects[rects.length - 1];
      return (
        end !== undefined && Math.abs(parseFloat(tools.style.left) - (end.right - tools.parentElement.getBoundingClientRect().left)) < 1
      );
    });
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Copy link to this passage');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#p5-9:~:text=on%20an%20equal%20footing/u);
    await keyboard.close();
  });
});

describe('links to a passage in a browser without text fragments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(['--disable-blink-features=TextFragmentIdentifiers']);
  });
  afterAll(async () => browser?.close());

  it('land on the passage, marked by the site, the right one of two', async () => {
    const plain = await browser.newContext({ viewport: VIEWPORT });
    const page = await plain.newPage();
    await page.goto(`${env.site.root}en/statement/2/`);
    expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(false);
    await page.close();
    const maker = await context.newPage();
    await maker.goto(`${env.site.root}en/statement/2/`);
    await select(maker, { column: '#p2-1 .primary', passage: 'the two sides', index: 0 });
    const link = await copiedLink(maker);
    await maker.close();

    const opened = await openAt(link, plain);
    await expect.poll(() => opened.locator('mark.passage').allTextContents()).toEqual(['the two sides']);
    // The mark is the second occurrence: the first is still plain text before it.
    const before = await opened.evaluate(() => {
      const column = document.querySelector('#p2-1 .primary')!;
      const range = document.createRange();
      range.setStart(column, 0);
      range.setEndBefore(document.querySelector('mark.passage')!);
      return range.toString();
    });
    expect(before.toLowerCase().split('the two sides')).toHaveLength(2);
    const box = await opened.locator('mark.passage').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(VIEWPORT.height);
    await plain.close();
  });
});
