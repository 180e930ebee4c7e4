import { describe, expect, it } from 'vitest';
import { editionScripts, editionText, loadModel } from '../../src/lib/content/load-model';
import { editionTexts } from '../../src/lib/content/rules';
import { paragraphRef } from '../../src/shared/references';
import { correctionProblems, type TraditionalCorrection } from '../../src/lib/traditional';

const simplified = editionText('zh-hans');
const traditional = editionText('zh-hant');
const { toTraditional, toSimplified } = editionScripts();
const { traditionalCorrections } = loadModel();
const printedTexts = editionTexts(simplified).map(([, text]) => text);
const shownTexts = editionTexts(traditional).map(([, text]) => text);

describe('the Traditional edition', () => {
  it('as the site shows it keeps the print’s quotation marks, and none of the interface’s words or corner quotes', () => {
    // The split's Traditional edition is what the pages show; the interface's Taiwan words and corner quotes never reach it.
    const shown = traditional;
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
});

describe('the reviewed corrections (correctionProblems, which the split runs)', () => {
  const problems = (corrections: readonly TraditionalCorrection[], converted = shownTexts) =>
    correctionProblems(corrections, printedTexts, converted, toSimplified);
  const [correction] = traditionalCorrections;

  it('hold for the corrections and the edition as they are', () => {
    expect(traditionalCorrections.length).toBeGreaterThan(0);
    expect(problems(traditionalCorrections)).toEqual([]);
  });

  it('refuse a correction of what opencc "tw" does not produce for this text', () => {
    expect(
      problems([...traditionalCorrections, { ...correction!, wrong: '軟體', simplified: '软件', right: '軟件', standard: '軟件' }]),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/軟體: opencc does not produce it for this text/u)]));
  });

  it('refuse a right form that is not a counterpart of the printed character, or that the standard form does not decide', () => {
    const printed = [...correction!.simplified];
    const last = printed.at(-1)!;
    const notACounterpart = { ...correction!, right: `${[...correction!.right].slice(0, -1).join('')}亞` };
    expect(problems([notACounterpart])).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`亞 is not a Traditional form of ${last}`, 'u'))]),
    );
    const againstTheStandard = { ...correction!, standard: correction!.right, right: correction!.wrong };
    expect(problems([againstTheStandard])).toEqual(expect.arrayContaining([expect.stringMatching(/the standard form .* decides/u)]));
  });

  it('refuse an edition that does not convert back to the print, or keeps a wrong form', () => {
    const altered = shownTexts.map((text, index) => (index === 1 ? `${text}宣告` : text));
    expect(problems(traditionalCorrections, altered)).toEqual([expect.stringMatching(/does not convert back to the print/u)]);
    const uncorrected = shownTexts.map((text) => text.replaceAll(correction!.right, correction!.wrong));
    expect(problems(traditionalCorrections, uncorrected)).toEqual(
      expect.arrayContaining([`content/editorial/traditional-corrections.yaml: ${correction!.wrong} is left in the edition`]),
    );
  });

  it('convert with the corrections: each corrected phrase reads as reviewed', () => {
    for (const { simplified: phrase, right } of traditionalCorrections) expect(toTraditional(phrase)).toBe(right);
  });
});
