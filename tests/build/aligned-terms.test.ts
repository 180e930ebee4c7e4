import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { editionScripts, loadModel } from '../../src/lib/content/load-model';
import { EDITION_INFO, EDITIONS } from '../../src/lib/editions';
import { termForms } from '../../src/lib/glossary/load-glossary';
import { paragraphRef } from '../../src/shared/references';
import { alignedTerms } from '../../src/lib/terminology';
import { builtUrls } from '../helpers/built';

const { BASE, paths } = builtUrls();

const { toTraditional } = editionScripts();
const { editions, terminology, glossary } = loadModel();
const terms = alignedTerms(terminology, new Set(termForms(glossary, 'zh-hans', (text) => text).map((form) => form.text)));
const sections = editions[0]!.documents.flatMap((document) =>
  document.sections.map((section) => ({ document: document.id, section: section.number, count: section.blocks.length })),
);

/** Every paragraph of an edition's pages, by reference. */
function paragraphs(edition: (typeof EDITIONS)[number]): Map<string, Element> {
  const found = new Map<string, Element>();
  for (const { document, section, count } of sections) {
    const html = readFileSync(join('dist', paths.section(edition, document, section).slice(BASE.length), 'index.html'), 'utf8');
    const tree = fromHtml(html);
    for (let index = 1; index <= count; index += 1) {
      const ref = paragraphRef(document, section, index);
      found.set(ref, select(`[data-ref="${ref}"]`, tree)!);
    }
  }
  return found;
}

/** The text of a column, without what is already marked as something else: glossary terms, other terms, notes. */
function unmarkedText(column: Element, key: string): string {
  const copy = structuredClone(column);
  const strip = (node: Element) => {
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const classes = (child.properties.className as string[] | undefined) ?? [];
      if (classes.includes('term') || classes.includes('editorial-note') || classes.includes('see-also')) return false;
      if (classes.includes('aligned') && child.properties.dataAlign !== key) return false;
      strip(child);
      return true;
    });
  };
  strip(copy);
  return toText(copy);
}

describe('terms aligned across the columns (terminology entries with a fixed rendering)', () => {
  it('go beyond the glossary, e.g. 双方 ↔ the two sides and 民心相通 ↔ closer people-to-people bonds', () => {
    expect(terms.length).toBeGreaterThanOrEqual(15);
    expect(terms.find((term) => term.chinese.includes('双方'))?.english).toContain('the two sides');
    expect(terms.find((term) => term.chinese.includes('民心相通'))?.english).toContain('closer people-to-people bonds');
  });

  for (const edition of EDITIONS) {
    it(`are marked in both columns wherever the Chinese has the term and the English its rendering (${edition})`, () => {
      const chineseColumn = edition === 'en' ? 'companion' : 'primary';
      const englishColumn = edition === 'en' ? 'primary' : 'companion';
      const script = edition === 'zh-hant' ? toTraditional : (text: string) => text;
      let pairs = 0;
      for (const [ref, paragraph] of paragraphs(edition)) {
        const chinese = select(`:scope > .${chineseColumn}`, paragraph)!;
        const english = select(`:scope > .${englishColumn}`, paragraph)!;
        expect(chinese.properties.lang).toBe(edition === 'en' ? EDITION_INFO['zh-hans'].lang : EDITION_INFO[edition].lang);
        for (const term of terms) {
          const excepted = terminology.find((entry) => entry.check && entry.zh.split(' / ').includes(term.chinese[0]!))?.except?.[ref];
          const inChinese = term.chinese.some((form) => unmarkedText(chinese, term.key).includes(script(form)));
          const inEnglish = term.english.some((form) => unmarkedText(english, term.key).toLowerCase().includes(form.toLowerCase()));
          const marks = (column: Element) => selectAll(`.aligned[data-align="${term.key}"]`, column).map((mark) => toText(mark));
          if (inChinese && inEnglish && !excepted) {
            pairs += 1;
            expect(marks(chinese), `${edition} ${ref} ${term.key} (Chinese)`).not.toEqual([]);
            expect(marks(english), `${edition} ${ref} ${term.key} (English)`).not.toEqual([]);
            for (const mark of marks(chinese)) expect(term.chinese.map(script)).toContain(mark);
            for (const mark of marks(english)) expect(term.english.map((form) => form.toLowerCase())).toContain(mark.toLowerCase());
          } else {
            // A mark that would light up nothing is not made.
            expect(marks(chinese).length > 0 && marks(english).length > 0, `${edition} ${ref} ${term.key}`).toBe(
              marks(chinese).length > 0 || marks(english).length > 0,
            );
          }
        }
      }
      expect(pairs).toBeGreaterThan(60);
    });
  }

  it('are marks only: not links, not buttons, with nothing for a screen reader to announce', () => {
    for (const [, paragraph] of paragraphs('zh-hans')) {
      for (const mark of selectAll('.aligned', paragraph)) {
        expect(mark.tagName).toBe('span');
        expect(Object.keys(mark.properties).sort()).toEqual(['className', 'dataAlign']);
      }
    }
  });
});
