import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';
import { findBrokenLinks } from '../../scripts/lib/link-check';
import { scratchCopy, type ScratchCopy } from '../../scripts/lib/scratch-copy';
import { launchBrowser, serveSite, type Site } from '../../scripts/lib/site-server';
import { IMMUTABLE, nginxServerBlock, REVALIDATE } from '../../src/lib/hosting';
import { HEADER_CONTENT_SECURITY_POLICY } from '../../src/lib/security';

/** The site published under a path of its host, as a GitHub Pages project site or an organisation's section would. */
const BASE = '/reader/';
const SITE_URL = 'https://example.org';
let copy: ScratchCopy;
let dist: string;
let site: Site;
let browser: Browser;

beforeAll(async () => {
  copy = scratchCopy('base-path-');
  copy.build({ BASE_PATH: BASE, SITE_URL });
  dist = join(copy.dir, 'dist');
  [site, browser] = await Promise.all([serveSite({ dist, base: BASE }), launchBrowser()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  copy?.remove();
});

describe(`the site built under a base path (BASE_PATH=${BASE})`, () => {
  it('has every link, asset, fragment and data file resolve under the base, and nothing outside it', () => {
    expect(findBrokenLinks(dist, SITE_URL, BASE)).toEqual([]);
  });

  it('gives canonical URLs, hreflang alternates, the sitemap and robots.txt on the host, under the base', () => {
    let canonicals = 0;
    for (const file of htmlFiles(dist)) {
      for (const element of allElements(fromHtml(readFileSync(file, 'utf8')))) {
        if (element.tagName === 'link' && ['canonical', 'alternate'].includes(String(element.properties.rel))) {
          expect(String(element.properties.href), file).toMatch(new RegExp(`^${SITE_URL}${BASE}`, 'u'));
          if (String(element.properties.rel) === 'canonical') canonicals += 1;
        }
      }
    }
    expect(canonicals).toBeGreaterThan(40);
    const locations = [...readFileSync(join(dist, 'sitemap.xml'), 'utf8').matchAll(/(?:<loc>|href=")([^<"]+)/gu)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(40);
    for (const location of locations) expect(location).toMatch(new RegExp(`^${SITE_URL}${BASE}`, 'u'));
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap.xml`);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(new RegExp(`^${BASE}_astro/\\*$`, 'mu'));
  });

  it('works for a reader: a page, a glossary popover, a search, and an edition switch', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${site.origin}${BASE}zh-hans/statement/5/`);
    expect(await page.locator('#p5-2').count()).toBe(1);

    await page.locator('#p5-2 > .primary a.term', { hasText: '联合国宪章' }).first().click();
    await page.waitForFunction(() => document.querySelector('#glossary-popover')?.matches(':popover-open'));
    const occurrence = await page.locator('#glossary-popover .occurrences a').first().getAttribute('href');
    expect(occurrence).toMatch(new RegExp(`^${BASE}zh-hans/statement/\\d/#p\\d-\\d+$`, 'u'));
    await page.keyboard.press('Escape');

    await page.locator('#site-search').fill('上海合作组织');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${BASE}zh-hans/search/\\?q=`, 'u'));
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    const result = await page.locator('#search-results a').first().getAttribute('href');
    expect(result).toMatch(new RegExp(`^${BASE}zh-hans/statement/4/\\?hl=`, 'u'));

    await page.goto(`${site.origin}${BASE}zh-hans/statement/2/#p2-5`);
    await page.locator('a[data-edition-link][hreflang="en"]').click();
    await page.waitForURL(`${site.origin}${BASE}en/statement/2/#p2-5`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p2-5');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('is served by nginx with the block npm run nginx-config writes: the policy and the caching as headers', async () => {
    const nginx = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
    expect(nginx.error, 'nginx is needed for this test: apt-get install -y nginx-light (.ci/run installs it)').toBeUndefined();
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const work = mkdtempSync(join(tmpdir(), 'nginx-'));
    const config = join(work, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${work}/${name};`).join('\n  ');
    writeFileSync(
      config,
      `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;\nworker_processes 1;\npid ${work}/nginx.pid;\nerror_log ${work}/error.log;\nevents {}\nhttp {\n  access_log off;\n  ${temp}\n${nginxServerBlock({ base: BASE, root: dist, listen: `127.0.0.1:${port}` })}}\n`,
    );
    const server: ChildProcess = spawn('nginx', ['-c', config, '-e', `${work}/error.log`], { stdio: 'ignore' });
    try {
      const origin = `http://127.0.0.1:${port}`;
      let page: Response | undefined;
      for (let attempt = 0; attempt < 50 && !page; attempt += 1) {
        page = await fetch(`${origin}${BASE}zh-hant/statement/2/`).catch(() => undefined);
        if (!page) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(page?.status).toBe(200);
      expect(page!.headers.get('content-security-policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
      expect(page!.headers.get('cache-control')).toBe(REVALIDATE);
      const html = await page!.text();
      expect(html).toContain('id="p2-5"');
      const stylesheet = /href="([^"]*\/_astro\/[^"]+\.css)"/u.exec(html)![1]!;
      const css = await fetch(`${origin}${stylesheet}`);
      expect(css.status).toBe(200);
      expect(css.headers.get('cache-control')).toBe(IMMUTABLE);
      expect(css.headers.get('content-security-policy')).toBe(HEADER_CONTENT_SECURITY_POLICY);
      const missing = await fetch(`${origin}${BASE}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('找不到这个页面');
    } finally {
      server.kill();
    }
  });
});
