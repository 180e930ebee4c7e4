import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { mapEditionText } from '../../src/lib/collections/edition-text';
import { splitEdition } from '../../src/lib/collections/split-output';
import { paragraphRef } from '../../src/lib/references';
import { createToSimplified, loadTraditionalCorrections, toTraditional } from '../../src/lib/traditional';
import { printed } from '../helpers/editions';

const simplified = printed();
const traditional = mapEditionText(simplified, 'zh-hant', toTraditional);
const toSimplified = createToSimplified();

describe('the Traditional edition', () => {
  it('converts back to exactly the printed Simplified text, paragraph by paragraph', () => {
    const differences: string[] = [];
    traditional.documents.forEach((document, d) => {
      const original = simplified.documents[d]!;
      if (toSimplified(document.title) !== original.title) differences.push(`${document.id} title`);
      document.sections.forEach((section, s) =>
        section.blocks.forEach((block, b) => {
          const printedText = original.sections[s]!.blocks[b]!.text;
          const back = toSimplified(block.text);
          [...printedText].forEach((character, i) => {
            if (back[i] !== character)
              differences.push(`${paragraphRef(document.id, section.number, b + 1)}: ${character} → ${block.text[i]} → ${back[i]}`);
          });
        }),
      );
    });
    expect(differences).toEqual([]);
  });

  it('as the site shows it keeps the print’s quotation marks, and none of the interface’s words or corner quotes', () => {
    // The split's Traditional edition is what the pages show; the interface's Taiwan words and corner quotes never reach it.
    const shown = splitEdition('zh-hant');
    const marks = (text: string) => text.replace(/[^“”‘’「」『』]/gu, '');
    let quoting = 0;
    shown.documents.forEach((document, d) => {
      const original = simplified.documents[d]!;
      expect(toSimplified(document.title), `${document.id} title`).toBe(original.title);
      document.sections.forEach((section, s) =>
        section.blocks.forEach((block, b) => {
          const ref = paragraphRef(document.id, section.number, b + 1);
          const printedText = original.sections[s]!.blocks[b]!.text;
          expect(marks(block.text), ref).toBe(marks(printedText));
          expect(toSimplified(block.text), ref).toBe(printedText);
          if (printedText.includes('“')) quoting += 1;
        }),
      );
    });
    expect(quoting).toBeGreaterThan(0);
    expect(shown).toEqual(traditional);
  });

  it('changes the script, never the words: the terms that matter, pinned', () => {
    const text = traditional.documents.flatMap((d) => d.sections.flatMap((s) => s.blocks.map((b) => b.text))).join('\n');
    for (const term of [
      '中俄關係',
      '聯合國憲章',
      '上海合作組織',
      '一個中國原則',
      '人類命運共同體',
      '偉大衛國戰爭',
      '聲明',
      '支持',
      '進程',
      '全面戰略協作夥伴關係',
      '聯合製作',
      '中央廣播電視總臺',
    ]) {
      expect(text, term).toContain(term);
    }
    for (const wrong of ['關系', '一箇', '總檯', '想像']) {
      expect(text, wrong).not.toContain(wrong);
    }
    // Phrase-level conversion would turn 声明 into 宣告, 支持 into 支援, 进程 into 程序: each occurs only as printed.
    const printedText = simplified.documents.flatMap((d) => d.sections.flatMap((s) => s.blocks.map((b) => b.text))).join('\n');
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    for (const [word, traditionalWord] of [
      ['宣告', '宣告'],
      ['支援', '支援'],
      ['程序', '程序'],
      ['声明', '聲明'],
      ['支持', '支持'],
      ['进程', '進程'],
    ] as const) {
      expect(count(text, traditionalWord), word).toBe(count(printedText, word));
    }
  });

  it('uses the character-level Taiwan standard: every correction fixes what opencc "tw" really produces', () => {
    const raw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const rawText = simplified.documents
      .flatMap((d) => d.sections.flatMap((s) => s.blocks.map((b) => b.text)))
      .map(raw)
      .join('\n');
    for (const correction of loadTraditionalCorrections()) {
      expect(rawText, correction.wrong).toContain(correction.wrong);
      expect(raw(correction.simplified), correction.simplified).toContain(correction.wrong);
      expect(toTraditional(correction.simplified)).toBe(correction.right);
    }
  });

  it('holds every correction to the one rule: a counterpart of each printed character, the standard form deciding where it can', () => {
    // A Traditional character is a counterpart of a printed one when converting it back gives the printed one.
    const isCounterpart = (traditional: string, printedCharacter: string) => toSimplified(traditional) === printedCharacter;
    for (const correction of loadTraditionalCorrections()) {
      const printedCharacters = [...correction.simplified];
      const right = [...correction.right];
      const standard = [...correction.standard];
      expect(right.length, correction.wrong).toBe(printedCharacters.length);
      expect(standard.length, correction.wrong).toBe(printedCharacters.length);
      printedCharacters.forEach((character, index) => {
        expect(isCounterpart(right[index]!, character), `${correction.wrong}: ${right[index]} for ${character}`).toBe(true);
        if (isCounterpart(standard[index]!, character))
          expect(right[index], `${correction.wrong}: the standard form decides`).toBe(standard[index]);
        else {
          // The standard's character is not a form of the printed one: the print's character is kept, and the entry says why.
          expect(right[index], `${correction.wrong}: the printed character is kept`).toBe(character);
          expect(correction.why, correction.wrong).toContain(`${standard[index]} is not a Traditional form of ${character}`);
        }
      });
    }
  });

  it('applies the rule everywhere: no character of the edition that a counterpart of the standard form would replace is left', () => {
    // Every word whose standard form the review recorded appears in the edition in that form (or, where the rule keeps the print, as printed).
    const text = traditional.documents.flatMap((d) => d.sections.flatMap((s) => s.blocks.map((b) => b.text))).join('\n');
    for (const correction of loadTraditionalCorrections()) expect(text, correction.wrong).not.toContain(correction.wrong);
  });
});
