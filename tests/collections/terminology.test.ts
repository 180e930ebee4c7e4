import { describe, expect, it } from 'vitest';
import { englishEdition } from '../../src/lib/collections/english-edition';
import { readFingerprintStore } from '../../src/lib/fingerprints';
import { paragraphRef } from '../../src/lib/references';
import { chineseForms, loadTerminology } from '../../src/lib/terminology';
import { printed, translations } from '../helpers/editions';

const terminology = loadTerminology();
const source = printed();
const english = englishEdition(source, translations(), readFingerprintStore());

/** Every text of both documents as [where, Chinese, English]. */
const texts = source.documents.flatMap((document, d) => {
  const translated = english.documents[d]!;
  return [
    [`${document.id} title`, document.title, translated.title],
    ...document.sections.flatMap((section, s) =>
      section.blocks.map((block, b) => [
        paragraphRef(document.id, section.number, b + 1),
        block.text,
        translated.sections[s]!.blocks[b]!.text,
      ]),
    ),
  ] as [string, string, string][];
});

describe('the terminology table', () => {
  it('lists each Chinese term once, with its English rendering', () => {
    const terms = terminology.map((term) => term.zh);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terminology.length).toBeGreaterThanOrEqual(40);
    for (const term of terminology) expect(term.en.trim(), term.zh).not.toBe('');
  });

  it('is followed: every text that has a checked term has its English rendering, except where the table says why not', () => {
    const misses: string[] = [];
    for (const term of terminology.filter((t) => t.check)) {
      for (const [where, zh, en] of texts) {
        if (term.except?.[where] !== undefined) continue;
        if (chineseForms(term).some((form) => zh.includes(form)) && !en.toLowerCase().includes(term.check!.toLowerCase()))
          misses.push(`${where}: ${term.zh} → “${term.check}”`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('excepts only paragraphs that have the term without its rendering', () => {
    for (const term of terminology) {
      for (const where of Object.keys(term.except ?? {})) {
        const [, zh, en] = texts.find(([ref]) => ref === where) ?? [];
        expect(zh, `${term.zh}: ${where}`).toBeDefined();
        expect(
          chineseForms(term).some((form) => zh!.includes(form)),
          `${term.zh}: ${where}`,
        ).toBe(true);
        expect(en!.toLowerCase(), `${term.zh}: ${where}`).not.toContain(term.check!.toLowerCase());
      }
    }
  });

  it('checks at least the key formulas of the statement', () => {
    const checked = terminology.filter((t) => t.check).map((t) => t.zh);
    expect(checked).toEqual(
      expect.arrayContaining([
        '全面战略协作伙伴关系',
        '新时代',
        '伟大卫国战争',
        '一个中国原则',
        '人类命运共同体',
        '全球文明倡议',
        '联合国宪章',
      ]),
    );
  });
});
