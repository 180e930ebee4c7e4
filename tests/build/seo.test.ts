import { existsSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';

const meta = (all: Element[], key: string) =>
  all.find((e) => e.tagName === 'meta' && (e.properties.property === key || e.properties.name === key))?.properties.content;
const links = (all: Element[], rel: string) => all.filter((e) => e.tagName === 'link' && String(e.properties.rel) === rel);

// The test build is made without SITE_URL, as the README's first command makes it; tests/build/base-path.test.ts
// builds with SITE_URL and checks the absolute addresses there.
describe('metadata for sharing and finding, built without SITE_URL', () => {
  it('every content page has Open Graph and Twitter card metadata, and no canonical address that would point at a preview', () => {
    for (const file of htmlFiles()) {
      const all = allElements(fromHtml(readFileSync(file, 'utf8')));
      if (meta(all, 'robots') === 'noindex') continue;
      expect(links(all, 'canonical'), file).toEqual([]);
      expect(meta(all, 'og:url'), file).toBeUndefined();
      for (const key of ['og:title', 'og:description', 'og:locale', 'twitter:card', 'description'])
        expect(meta(all, key), `${file} ${key}`).toBeTruthy();
      const alternates = links(all, 'alternate').map((link) => String(link.properties.href));
      expect(alternates, file).toHaveLength(4);
      for (const href of alternates) expect(href, file).toMatch(/^\/(zh-hans|zh-hant|en)\//u);
    }
  });

  it('writes no address of a preview server anywhere, and no sitemap, which needs absolute addresses; robots.txt names none', () => {
    for (const file of [...htmlFiles(), 'dist/data/corpus.json', 'dist/data/corpus.md', 'dist/robots.txt'])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/127\.0\.0\.1|localhost/u);
    expect(existsSync('dist/sitemap.xml')).toBe(false);
    expect(readFileSync('dist/robots.txt', 'utf8')).not.toMatch(/Sitemap:/u);
    expect((JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as { site: unknown }).site).toBeNull();
  });

  it('the 404 pages ask not to be indexed, and one exists in each edition', () => {
    for (const file of ['dist/404.html', 'dist/zh-hans/404/index.html', 'dist/zh-hant/404/index.html', 'dist/en/404/index.html']) {
      expect(meta(allElements(fromHtml(readFileSync(file, 'utf8'))), 'robots'), file).toBe('noindex');
    }
  });
});
