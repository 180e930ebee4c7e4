import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtUrls, distFile } from '../helpers/built';
import { axeViolations, collectErrors, PHONE, withSiteAndBrowser } from '../helpers/site';

const env = withSiteAndBrowser();
const { BASE } = builtUrls();
let context: BrowserContext;

beforeAll(async () => {
  context = await env.sharedContext({ viewport: { width: 1280, height: 900 } });
});

const popover = (page: Page) => page.locator('#glossary-popover');
const isOpen = (page: Page) => popover(page).evaluate((element) => element.matches(':popover-open'));
/** The popover opens once the glossary has been fetched: wait for it, and fail if it does not open. */
const opened = async (page: Page) => {
  await page.waitForFunction(() => document.querySelector('#glossary-popover')?.matches(':popover-open'), undefined, { timeout: 10_000 });
  return true;
};
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const charterInFive = (page: Page) => page.locator('#p5-2 > .primary a.term', { hasText: '联合国宪章' }).first();

describe('glossary popovers', () => {
  it('open in place on a click: the entry and every place the term occurs, and lead to each', async () => {
    const page = await env.tab(context);
    const errors = collectErrors(page);
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await charterInFive(page).click();
    expect(await opened(page)).toBe(true);
    await expect(popover(page).locator('h2').textContent()).resolves.toBe('联合国宪章');
    expect(await popover(page).locator('.explanation').textContent()).toMatch(/\p{Script=Han}/u);
    const refs = (await popover(page).locator('.occurrences a').allTextContents()).map((text) => text.replace(/\s*（本段）$/u, ''));
    expect(refs).toEqual(['5.2', '5.4', '5.7', '5.13', '5.15', '5.16']);
    expect(refs).toEqual(expect.arrayContaining(['5.2', '5.4', '5.7']));
    expect(await popover(page).locator('.occurrences a[aria-current="location"]').textContent()).toContain('5.2');
    await popover(page)
      .locator('.occurrences a', { hasText: /^5\.7$/u })
      .click();
    await page.waitForURL(`${env.site.root}zh-hans/statement/5/#p5-7`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5-7');
    expect(errors).toEqual([]);
  });

  it('close when one of their links is followed, mark the paragraph it leads to, and move focus there', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/5/#p5-2`);
    const term = charterInFive(page);
    await term.click();
    expect(await opened(page)).toBe(true);
    await popover(page)
      .locator('.occurrences a', { hasText: /^5\.7$/u })
      .click();
    await page.waitForURL(`${env.site.root}zh-hans/statement/5/#p5-7`);
    await page.waitForFunction(() => !document.querySelector('#glossary-popover')?.matches(':popover-open'));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p5-7');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-ref]')?.id)).toBe('p5-7');
    // The popover's toggle event, which resets the term, follows its closing.
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
    // A link to another section leads there, the paragraph marked.
    await page.locator('#p5-1 > .primary a.term', { hasText: '二战' }).first().click();
    expect(await opened(page)).toBe(true);
    const elsewhere = popover(page)
      .locator('.occurrences a', { hasText: /^[0-4]\./u })
      .first();
    const ref = (await elsewhere.textContent())!.trim();
    await elsewhere.click();
    await page.waitForURL(new RegExp(`/zh-hans/statement/${ref.split('.')[0]}/#p${ref.replace('.', '-')}$`, 'u'));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`p${ref.replace('.', '-')}`);
  });

  it('speak the language of the edition whichever column the term is in, and lead to its glossary', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await page.locator('#p5-2 > .companion a.term', { hasText: 'UN Charter' }).first().click();
    expect(await opened(page)).toBe(true);
    expect(await popover(page).locator('h2').textContent()).toBe('联合国宪章');
    expect(await popover(page).locator('.explanation').getAttribute('lang')).toBe('zh-Hans');
    expect(await popover(page).locator('.explanation').textContent()).toMatch(/\p{Script=Han}/u);
    expect(await popover(page).locator('.more a').getAttribute('href')).toBe(`${BASE}zh-hans/glossary/#un-charter`);
    for (const href of await popover(page)
      .locator('.occurrences a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(new RegExp(`^${BASE}zh-hans/`, 'u'));
    await page.keyboard.press('Escape');
    await page.goto(`${env.site.root}en/statement/5/`);
    await page.locator('#p5-2 > .companion a.term', { hasText: '联合国宪章' }).first().click();
    expect(await opened(page)).toBe(true);
    expect(await popover(page).locator('h2').textContent()).toBe('Charter of the United Nations');
    expect(await popover(page).locator('.more a').getAttribute('href')).toBe(`${BASE}en/glossary/#un-charter`);
  });

  it('load their code, styles and data only when a term is first used, and are styled when they open', async () => {
    const page = await env.tab(context);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${env.site.root}zh-hans/statement/5/`, { waitUntil: 'networkidle' });
    const lazy = (path: string) => /glossary-popover|glossary\.json/u.test(path);
    expect(requested.filter(lazy)).toEqual([]);
    await charterInFive(page).click();
    expect(await opened(page)).toBe(true);
    expect(requested.filter(lazy)).toEqual(
      expect.arrayContaining([`${BASE}zh-hans/glossary.json`, expect.stringMatching(/\.js$/u), expect.stringMatching(/\.css$/u)]),
    );
    expect(await popover(page).evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  });

  it('close with Escape and with a click outside, and give focus back to the term', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    const term = charterInFive(page);
    await term.click();
    expect(await opened(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    // Focus and the term's state follow the popover's toggle event.
    await expect.poll(() => focusedText(page)).toBe('联合国宪章');
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('false');
    await term.click();
    expect(await opened(page)).toBe(true);
    await page.mouse.click(5, 880);
    expect(await isOpen(page)).toBe(false);
    await expect.poll(() => focusedText(page)).toBe('联合国宪章');
  });

  it('open from the keyboard with Enter and with Space, with focus moved into the popover', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await charterInFive(page).focus();
    await page.keyboard.press('Enter');
    expect(await opened(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('#glossary-popover') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Space');
    expect(await opened(page)).toBe(true);
    expect(page.url()).toBe(`${env.site.root}zh-hans/statement/5/`);
  });

  it('open with a tap on a touch screen', async () => {
    const page = await (await env.sharedContext(PHONE)).newPage();
    await page.goto(`${env.site.root}zh-hant/statement/5/`);
    await page.locator('#p5-2 > .primary a.term', { hasText: '聯合國憲章' }).first().tap();
    expect(await opened(page)).toBe(true);
    await expect(popover(page).locator('h2').textContent()).resolves.toBe('聯合國憲章');
    const box = await popover(page).boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('mark the English names in the English edition', async () => {
    const page = await env.tab(context);
    await page.goto(`${env.site.root}en/statement/5/`);
    const english = await page.locator('#p5-2 > .primary a.term').allTextContents();
    expect(english.some((text) => text.includes('Charter'))).toBe(true);
    await page.locator('#p5-2 > .primary a.term', { hasText: 'Charter' }).first().click();
    expect(await popover(page).locator('h2').textContent()).toContain('Charter');
    expect(await popover(page).locator('[lang="zh-Hans"]').first().textContent()).toBe('联合国宪章');
  });

  it('leave no WCAG 2.2 AA violation with a popover open', async () => {
    const page = await env.tab(context);
    for (const path of ['/zh-hans/statement/5/', '/en/statement/5/']) {
      await page.goto(env.site.at(path));
      await page.locator('#p5-2 > .primary a.term').first().click();
      expect(await opened(page)).toBe(true);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('are plain links to the glossary entry without JavaScript', async () => {
    const page = await (await env.sharedContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${env.site.root}zh-hans/statement/5/`);
    await charterInFive(page).click();
    await page.waitForURL(`${env.site.root}zh-hans/glossary/#un-charter`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('un-charter');
    await page.close();
  });
});

describe('the glossary page', () => {
  it('lists every entry of each edition with where it occurs, and a picture of it', async () => {
    const page = await env.tab(context);
    for (const edition of ['zh-hans', 'zh-hant', 'en']) {
      await page.goto(`${env.site.root}${edition}/glossary/`);
      const entries = page.locator('.glossary-entry');
      expect(await entries.count(), edition).toBeGreaterThanOrEqual(40);
      expect(await page.locator('.glossary-entry svg.occurrence-chart').count()).toBe(await entries.count());
      // 7 paragraphs name the Charter; in 5.8 it is part of the longer name of the Group of Friends.
      expect(await page.locator('#un-charter .occurrence-list a').allTextContents()).toEqual(['5.2', '5.4', '5.7', '5.13', '5.15', '5.16']);
      expect(await page.locator('#group-of-friends-un-charter .occurrence-list a').allTextContents()).toEqual(['5.8']);
    }
  });
});

describe('occurrence links', () => {
  it('all lead to a paragraph that exists', () => {
    const missing: string[] = [];
    for (const edition of ['zh-hans', 'zh-hant', 'en']) {
      const glossary = JSON.parse(readFileSync(join('dist', edition, 'glossary.json'), 'utf8')) as Record<
        string,
        { occurrences: { href: string }[] }
      >;
      for (const [id, entry] of Object.entries(glossary)) {
        for (const { href } of entry.occurrences) {
          const fragment = href.split('#')[1];
          const file = distFile(href);
          if (!existsSync(file) || !readFileSync(file, 'utf8').includes(`id="${fragment}"`)) missing.push(`${edition} ${id}: ${href}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
