import { existsSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';
import { builtUrls } from '../helpers/built';

const { BASE, SITE_URL } = builtUrls();
const meta = (all: Element[], key: string) =>
  all.find((e) => e.tagName === 'meta' && (e.properties.property === key || e.properties.name === key))?.properties.content;
const links = (all: Element[], rel: string) => all.filter((e) => e.tagName === 'link' && String(e.properties.rel) === rel);
/** The address a page of dist/ is served at: dist/en/glossary/index.html → /reader/en/glossary/. */
const pathOf = (file: string) => `${BASE}${file.slice('dist/'.length).replace(/(^|\/)index\.html$/u, '$1')}`;
/** An address as the site publishes it: on its host where the build knows it (SITE_URL), else the path. */
const published = (path: string) => (SITE_URL ? `${SITE_URL}${path}` : path);

// npm test builds as the site is published (BASE_PATH=/reader/ SITE_URL=https://example.org); the README's
// first command builds without either. The addresses each build must write are in tests/lib/urls.test.ts.
describe(`metadata for sharing and finding (built ${SITE_URL ? `for ${SITE_URL}` : 'without SITE_URL'}, under ${BASE})`, () => {
  it('every content page has Open Graph and Twitter card metadata, its alternates in each edition, and a canonical address only on a known host', () => {
    let pages = 0;
    for (const file of htmlFiles()) {
      const all = allElements(fromHtml(readFileSync(file, 'utf8')));
      if (meta(all, 'robots') === 'noindex') continue;
      pages += 1;
      const path = pathOf(file);
      // The site's root shows the Simplified home page, whose address is the canonical one.
      const canonical = published(path === BASE ? `${BASE}zh-hans/` : path);
      expect(
        links(all, 'canonical').map((link) => link.properties.href),
        file,
      ).toEqual(SITE_URL ? [canonical] : []);
      expect(meta(all, 'og:url'), file).toBe(SITE_URL ? canonical : undefined);
      for (const key of ['og:title', 'og:description', 'og:locale', 'twitter:card', 'description'])
        expect(meta(all, key), `${file} ${key}`).toBeTruthy();
      const alternates = links(all, 'alternate').map((link) => String(link.properties.href));
      expect(alternates, file).toHaveLength(4);
      for (const href of alternates) expect(href, file).toMatch(new RegExp(`^${published(BASE)}(zh-hans|zh-hant|en)/`, 'u'));
    }
    expect(pages).toBeGreaterThan(40);
  });

  it('writes a sitemap and names it in robots.txt only on a known host, every address under the base', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    if (!SITE_URL) {
      expect(existsSync('dist/sitemap.xml')).toBe(false);
      expect(robots).not.toMatch(/Sitemap:/u);
      return;
    }
    const locations = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/(?:<loc>|href=")([^<"]+)/gu)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(40);
    for (const location of locations) expect(location).toMatch(new RegExp(`^${SITE_URL}${BASE}(zh-hans|zh-hant|en)/`, 'u'));
    expect(robots).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap.xml`);
  });

  it('writes no address of a preview server anywhere; the open data names the host only where it is known', () => {
    for (const file of [...htmlFiles(), 'dist/data/corpus.json', 'dist/data/corpus.md', 'dist/robots.txt'])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/127\.0\.0\.1|localhost/u);
    const { site } = JSON.parse(readFileSync('dist/data/corpus.json', 'utf8')) as { site: unknown };
    expect(site).toBe(SITE_URL ?? null);
  });

  it('the 404 pages ask not to be indexed, and one exists in each edition', () => {
    for (const file of ['dist/404.html', 'dist/zh-hans/404/index.html', 'dist/zh-hant/404/index.html', 'dist/en/404/index.html']) {
      expect(meta(allElements(fromHtml(readFileSync(file, 'utf8'))), 'robots'), file).toBe('noindex');
    }
  });
});
