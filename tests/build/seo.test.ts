import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/lib/urls';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';

const meta = (all: Element[], key: string) =>
  all.find((e) => e.tagName === 'meta' && (e.properties.property === key || e.properties.name === key))?.properties.content;

describe('metadata for sharing and finding', () => {
  it('every content page has an absolute canonical URL, Open Graph and Twitter card metadata', () => {
    for (const file of htmlFiles()) {
      const all = allElements(fromHtml(readFileSync(file, 'utf8')));
      if (meta(all, 'robots') === 'noindex') continue;
      const canonical = all.find((e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical')?.properties.href;
      expect(String(canonical), file).toMatch(new RegExp(`^${SITE_URL}/`, 'u'));
      expect(meta(all, 'og:url'), file).toBe(canonical);
      for (const key of ['og:title', 'og:description', 'og:locale', 'twitter:card', 'description'])
        expect(meta(all, key), `${file} ${key}`).toBeTruthy();
    }
  });

  it('the 404 pages ask not to be indexed, and one exists in each edition', () => {
    for (const file of ['dist/404.html', 'dist/zh-hans/404/index.html', 'dist/zh-hant/404/index.html', 'dist/en/404/index.html']) {
      expect(meta(allElements(fromHtml(readFileSync(file, 'utf8'))), 'robots'), file).toBe('noindex');
    }
  });

  it('sitemap.xml lists every section of every edition with its alternates, and robots.txt points to it', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => match[1]);
    for (const edition of ['zh-hans', 'zh-hant', 'en']) {
      for (const path of ['/', '/statement/0/', '/statement/5/', '/report/3/', '/glossary/'])
        expect(locations).toContain(`${SITE_URL}/${edition}${path}`);
    }
    expect(sitemap.match(/hreflang="zh-Hant" href="[^"]+\/zh-hant\/statement\/2\/"/gu)).toHaveLength(3);
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});
