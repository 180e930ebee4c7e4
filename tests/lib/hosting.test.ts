import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, headersFor, IMMUTABLE, nginxServerBlock, parseHeadersFile, REVALIDATE } from '../../src/lib/hosting';
import { CONTENT_SECURITY_POLICY, HEADER_CONTENT_SECURITY_POLICY } from '../../src/lib/security';

const ENTRIES = ['404.html', '_astro/', 'data/', 'en/', 'favicon.svg', 'index.html', 'pagefind/', 'zh-hans/'];

describe('the host configuration', () => {
  it('sends the page policy as a header, with framing by other sites forbidden', () => {
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  for (const base of ['/', '/reader/']) {
    it(`gives every path one Content-Security-Policy and one Cache-Control: a year for hashed assets, revalidation for the rest (base ${base})`, () => {
      const rules = parseHeadersFile(headersFile(headerRules(base, ENTRIES)));
      expect(rules).toEqual(headerRules(base, ENTRIES));
      expect(rules.length).toBeLessThanOrEqual(100);
      for (const path of [
        '',
        'zh-hans/statement/2/',
        'en/',
        'pagefind/en/pagefind.js',
        'data/corpus.json',
        'favicon.svg',
        '_astro/index.abc123.css',
      ]) {
        const headers = headersFor(rules, `${base}${path}`);
        expect(headers['Content-Security-Policy'], path).toBe(HEADER_CONTENT_SECURITY_POLICY);
        expect(headers['Cache-Control'], path).toBe(path.startsWith('_astro/') ? IMMUTABLE : REVALIDATE);
      }
    });
  }

  it('writes an nginx block with the same policy and caching, under the base path', () => {
    const block = nginxServerBlock({ base: '/reader/', root: '/srv/site/dist' });
    expect(block).toContain(`add_header Content-Security-Policy "${HEADER_CONTENT_SECURITY_POLICY}" always;`);
    expect(block).toContain('location ^~ /reader/_astro/ {');
    expect(block).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(block).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
    expect(block).toContain('alias /srv/site/dist/;');
    expect(block).toContain('error_page 404 /reader/404.html;');
  });
});
