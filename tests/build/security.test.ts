import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { allElements, htmlFiles } from '../../scripts/lib/built-html';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/security';

const pages = htmlFiles('dist');

describe('security of the built pages', () => {
  it('every page carries the Content-Security-Policy', () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) {
      const meta = allElements(fromHtml(readFileSync(file, 'utf8'))).find(
        (e) => e.tagName === 'meta' && e.properties.httpEquiv?.toString() === 'Content-Security-Policy',
      );
      expect(meta?.properties.content, file).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('the policy allows no inline script, no eval and nothing from another origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/u);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('no page has an inline script, an inline style or an inline event handler', () => {
    for (const file of pages) {
      for (const element of allElements(fromHtml(readFileSync(file, 'utf8')))) {
        // A data block (the page's data for its scripts) is never run: the policy does not apply to it.
        const dataBlock = element.tagName === 'script' && element.properties.type === 'application/json';
        if (dataBlock) expect(() => JSON.parse(toText(element)) as unknown, `${file}: its data block`).not.toThrow();
        else if (element.tagName === 'script') expect(element.properties.src, `${file}: inline <script>`).toBeTruthy();
        expect(element.tagName, `${file}: <style>`).not.toBe('style');
        expect(element.properties.style, `${file}: style attribute on <${element.tagName}>`).toBeUndefined();
        const handlers = Object.keys(element.properties).filter((name) => /^on[A-Z]/u.test(name));
        expect(handlers, `${file}: <${element.tagName}>`).toEqual([]);
      }
    }
  });
});
