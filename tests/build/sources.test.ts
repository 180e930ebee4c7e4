import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { editionText } from '../../src/lib/content/load-model';
import { uiText } from '../../src/lib/ui';
import { builtPages } from '../helpers/site';

const html = (path: string) => fromHtml(readFileSync(join('dist', path.endsWith('.html') ? path : `${path}index.html`), 'utf8'));
const editionOf = (path: string) => (/^\/(zh-hans|zh-hant|en)\//u.exec(path)?.[1] ?? 'zh-hans') as 'zh-hans' | 'zh-hant' | 'en';

describe('where the text comes from', () => {
  it('is said on every page: a newspaper page, unnamed in the source, its latest date, and where the statement breaks off', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(40);
    for (const path of pages) {
      const edition = editionOf(path);
      const documents = editionText(edition).documents;
      const marker = documents.find((document) => document.continuation)!.continuation!.marker;
      const dateline = documents.find((document) => document.byline)!.byline!;
      const footer = toText(select('footer .source-line', html(path))!);
      expect(footer, path).toContain(marker);
      expect(footer, path).toContain(dateline);
      expect(footer, path).toMatch(
        edition === 'en' ? /names neither the newspaper nor the page/u : /未注明报纸名称和版次|未註明報紙名稱和版次/u,
      );
    }
  });

  it('the apparatus says plainly that no official Chinese copy could be reached', () => {
    for (const edition of ['zh-hans', 'zh-hant', 'en'] as const)
      expect(toText(select('.no-official-copy', html(`/${edition}/apparatus/`))!)).toBe(uiText(edition).noOfficialCopy);
  });
});
