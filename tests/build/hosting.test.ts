import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';
import { headersFor, IMMUTABLE, parseHeadersFile, REVALIDATE } from '../../src/lib/hosting';
import { BASE } from '../../src/lib/urls';
import { serveSite } from '../../scripts/lib/site-server';

const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
const directives = (policy: string) => policy.split(';').map((directive) => directive.trim());

describe('the built host configuration', () => {
  it('agrees with every page: the header policy is the <meta> policy, plus frame-ancestors', () => {
    for (const file of htmlFiles('dist')) {
      const meta = allElements(fromHtml(readFileSync(file, 'utf8'))).find(
        (e) => e.tagName === 'meta' && e.properties.httpEquiv?.toString() === 'Content-Security-Policy',
      );
      const path = `${BASE}${file.slice('dist/'.length).replace(/(^|\/)index\.html$/u, '$1')}`;
      const header = headersFor(rules, path)['Content-Security-Policy']!;
      expect(header, path).toBeDefined();
      expect(
        directives(header).filter((directive) => !directive.startsWith('frame-ancestors')),
        path,
      ).toEqual(directives(String(meta?.properties.content)));
      expect(directives(header), path).toContain("frame-ancestors 'none'");
    }
  });

  it('is what a host sends: hashed assets cached for a year, pages and data revalidated', async () => {
    const site = await serveSite();
    try {
      const page = await fetch(`${site.origin}${BASE}zh-hans/statement/2/`);
      expect(page.headers.get('cache-control')).toBe(REVALIDATE);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const stylesheet = /href="([^"]*\/_astro\/[^"]+\.css)"/u.exec(await page.text())![1]!;
      expect((await fetch(`${site.origin}${stylesheet}`)).headers.get('cache-control')).toBe(IMMUTABLE);
      expect((await fetch(`${site.origin}${BASE}zh-hans/glossary.json`)).headers.get('cache-control')).toBe(REVALIDATE);
    } finally {
      await site.close();
    }
  });
});
