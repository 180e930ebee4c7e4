import { readFingerprintStore } from '../../src/lib/fingerprints';
import { describe, expect, it } from 'vitest';
import { englishEdition, toRoman } from '../../src/lib/collections/english-edition';
import { InputError } from '../../src/lib/input-error';
import { paragraphRef } from '../../src/shared/references';
import { printed, translations } from '../helpers/editions';

const HAN = /\p{Script=Han}/u;

function problemsWith(change: (t: ReturnType<typeof translations>) => void): string {
  const input = structuredClone(translations());
  change(input);
  try {
    englishEdition(printed(), input, readFingerprintStore());
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('the English translation', () => {
  const english = englishEdition(printed(), translations(), readFingerprintStore());
  const source = printed();

  it('translates every paragraph, list item, title, subtitle, subheading and byline, in the same shape', () => {
    expect(english.documents.map((d) => d.sections.map((s) => s.blocks.map((b) => b.kind)))).toEqual(
      source.documents.map((d) => d.sections.map((s) => s.blocks.map((b) => b.kind))),
    );
    const texts = english.documents
      .flatMap((d) => [d.title, d.subtitle, d.byline, ...d.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)])])
      .filter((t) => t !== undefined);
    // 2 titles, 1 subtitle, 1 byline, 3 subheadings, 57 + 19 paragraphs
    expect(texts.length).toBe(83);
    for (const text of texts) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(HAN);
    }
  });

  it('keeps the word "Charter" in every paragraph that names 联合国宪章', () => {
    source.documents.forEach((document, d) =>
      document.sections.forEach((section, s) =>
        section.blocks.forEach((block, b) => {
          if (block.text.includes('联合国宪章')) {
            expect(english.documents[d]!.sections[s]!.blocks[b]!.text, paragraphRef(document.id, section.number, b + 1)).toContain(
              'Charter',
            );
          }
        }),
      ),
    );
  });

  it("numbers the statement's sections in Roman numerals, as official English texts do", () => {
    expect(english.documents[0]!.sections.map((s) => s.numeral)).toEqual([undefined, 'I', 'II', 'III', 'IV', 'V']);
    expect([1, 4, 9, 14, 40, 99].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XCIX']);
  });

  it('fails when a paragraph lacks its translation', () => {
    expect(problemsWith((t) => delete t.statement.translation.paragraphs['2.5'])).toContain('paragraph 2.5 has no translation');
  });

  it('fails when a translation has no paragraph', () => {
    expect(problemsWith((t) => (t.report.translation.paragraphs['R3.6'] = 'An extra paragraph.'))).toMatch(
      /^content\/translations\/en\/report\.yaml: .*\n.*paragraph R3\.6 is translated but the printed text has no such paragraph/u,
    );
  });

  it('fails when a translation is empty or still Chinese', () => {
    expect(problemsWith((t) => (t.statement.translation.paragraphs['1.1'] = '  '))).toContain('paragraph 1.1: the translation is empty');
    expect(problemsWith((t) => (t.statement.translation.paragraphs['5.2'] = '双方重申坚持恪守国际法'))).toContain(
      'paragraph 5.2: the translation is still Chinese',
    );
    expect(problemsWith((t) => (t.report.translation.title = '加强人文交流'))).toContain('the title: the translation is still Chinese');
  });

  it('fails when a subheading, subtitle or byline is missing, or a note is attached to no paragraph', () => {
    expect(problemsWith((t) => delete t.report.translation.subheadings!['2'])).toContain(
      'subheading 2 (种下民心相通的种子) has no translation',
    );
    expect(problemsWith((t) => delete t.report.translation.byline)).toContain('the byline has no translation');
    expect(problemsWith((t) => (t.statement.translation.notes = { '9.9': 'A note.' }))).toContain(
      "a translator's note on 9.9, which is no paragraph",
    );
  });
});
