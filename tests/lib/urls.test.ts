import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '../../src/lib/discovery';
import { createUrls, normalizeBase } from '../../src/shared/urls';

describe('the addresses of the site', () => {
  it('normalise a base path to a slash at each end', () => {
    for (const [given, base] of [
      ['', '/'],
      ['/', '/'],
      ['reader', '/reader/'],
      ['/reader', '/reader/'],
      ['/research/joint-statement-2025/', '/research/joint-statement-2025/'],
    ]) {
      expect(normalizeBase(given!), given).toBe(base);
    }
  });

  it('are all made under the base', () => {
    const { BASE, paths } = createUrls({ base: '/reader/', site: undefined });
    for (const path of [
      paths.home('en'),
      paths.section('zh-hans', 'statement', 2),
      paths.glossaryData('zh-hant'),
      paths.searchIndex(),
      paths.searchTexts('en'),
      paths.searchNames(),
      paths.searchCard('zh-hant', 'un-charter'),
      paths.scriptTable(),
      paths.apparatus('en'),
      paths.openData('corpus.json'),
    ]) {
      expect(path.startsWith(BASE), path).toBe(true);
    }
    expect(paths.section('zh-hans', 'report', 1)).toBe(`${BASE}zh-hans/report/1/`);
  });

  it('move an address to another edition, and read the edition and glossary entry back', () => {
    const { BASE, paths, inEdition, editionOf, glossaryEntryOf } = createUrls({ base: '/reader/', site: undefined });
    expect(inEdition(`${BASE}zh-hans/statement/2/#p2-5`, 'en')).toBe(`${BASE}en/statement/2/#p2-5`);
    expect(editionOf(`${BASE}zh-hant/statement/2/`)).toBe('zh-hant');
    expect(glossaryEntryOf(paths.glossaryEntry('en', 'un-charter'))).toEqual({ edition: 'en', id: 'un-charter' });
    expect(glossaryEntryOf('/elsewhere/')).toBeUndefined();
    expect(editionOf('/zh-hant/statement/2/')).toBeUndefined();
  });
});

describe('the addresses a build publishes', () => {
  const atRoot = createUrls({ base: '/', site: undefined });
  const published = createUrls({ base: '/reader/', site: 'https://example.org' });
  const sections = [{ document: 'statement' as const, section: 1 }];

  it('name a canonical address only on a known host, never a preview’s', () => {
    expect(atRoot.canonicalUrl('/en/statement/1/')).toBeUndefined();
    expect(published.canonicalUrl(published.paths.section('en', 'statement', 1))).toBe('https://example.org/reader/en/statement/1/');
    expect(atRoot.publicUrl('/en/')).toBe('/en/');
    expect(published.publicUrl(published.paths.home('en'))).toBe('https://example.org/reader/en/');
  });

  it('write a sitemap, and name it in robots.txt, only on a known host', () => {
    expect(sitemapXml(atRoot, sections)).toBeUndefined();
    expect(robotsTxt(atRoot)).toBe('User-agent: *\nAllow: /\n');
    const sitemap = sitemapXml(published, sections)!;
    expect(sitemap).toContain('<loc>https://example.org/reader/zh-hant/statement/1/</loc>');
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/reader/en/glossary/"/>');
    expect([...sitemap.matchAll(/<loc>/gu)]).toHaveLength(3 * 5);
    expect(robotsTxt(published)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/reader/sitemap.xml\n');
  });
});
