import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { DATA, dataAttribute, hastData, pageDataJson, SELECTORS, type SearchPageData } from '../../src/shared/contracts';

describe('the contracts between the pages and the browser code', () => {
  it('hand a page its data as JSON that no string in it can break out of', () => {
    const data = { page: 'search', labels: { prompt: '</script><script>alert(1)</script>' } } as unknown as SearchPageData;
    const json = pageDataJson(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
    const tree = fromHtml(`<script type="application/json" id="page-data">${json}</script>`, { fragment: true });
    expect(tree.children).toHaveLength(1);
  });

  it('name each data attribute the same in HTML, in hast and in a selector', () => {
    for (const key of Object.values(DATA)) {
      const html = toHtml(h('a', { [hastData(key)]: 'x' }));
      expect(html).toBe(`<a ${dataAttribute(key)}="x"></a>`);
      expect(fromHtml(html, { fragment: true }).children[0]).toMatchObject({ properties: { [hastData(key)]: 'x' } });
    }
    expect(SELECTORS.paragraph).toBe('[data-ref]');
    expect(SELECTORS.editionLink).toBe('a[data-edition-link]');
  });
});
