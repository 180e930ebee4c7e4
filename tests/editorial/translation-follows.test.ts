import { describe, expect, it } from 'vitest';
import { loadEditorial } from '../../src/lib/content/load-model';
import { translationDecisionProblems, type EnglishOfParagraph } from '../../src/lib/editorial/translation-check';
import { parseRef } from '../../src/shared/references';
import { english, translations } from '../helpers/editions';

const { differences } = loadEditorial();
const edition = english();
const notes = { ...translations().statement.translation.notes, ...translations().report.translation.notes };

function englishOf(ref: string, paragraphs = edition): EnglishOfParagraph | undefined {
  const parsed = parseRef(ref)!;
  const text = paragraphs.documents.find((d) => d.id === parsed.document)?.sections.find((s) => s.number === parsed.section)?.blocks[
    parsed.paragraph - 1
  ]?.text;
  return text === undefined ? undefined : { text, note: notes[ref] };
}

describe('the translation follows the evidence', () => {
  it('translates, for every difference, the reading its note adopts, and says so where it matters', () => {
    expect(differences.length).toBeGreaterThan(10);
    expect(translationDecisionProblems(differences, (ref) => englishOf(ref))).toEqual([]);
  });

  it('fails when the English translates the print where the published text is known', () => {
    const entry = differences.find((d) => d.id === 'p1-3a')!;
    const reverted = (ref: string) => {
      const found = englishOf(ref)!;
      return ref === '1.3'
        ? { ...found, text: found.text.replace('tens of millions of heroes', 'millions of heroes').replace('the tens of', 'the') }
        : found;
    };
    expect(translationDecisionProblems([entry], reverted)).toEqual([
      'p1-3a (1.3): the English does not have «tens of millions of heroes», which renders the reading it follows',
      'p1-3a (1.3): the English has «the millions of heroes», which renders the other reading',
    ]);
  });

  it('fails when a difference that changes the meaning is translated without a translator’s note, or a conjecture is followed silently', () => {
    const withoutNotes = (ref: string) => ({ ...englishOf(ref)!, note: undefined });
    const problems = translationDecisionProblems(differences, withoutNotes);
    expect(problems).toContainEqual(
      expect.stringMatching(/^p5-12a \(5\.12\): .*translator's note on 5\.12 must say so and quote «在不干涉内政»/u),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^r2-7a \(R2\.7\): the English follows the conjectured reading so the translator's note/u),
    );
    expect(problems.filter((p) => p.startsWith('p1-1b'))).toEqual([]);
  });

  it('fails when a published reading is not what the English follows', () => {
    const entry = {
      ...differences.find((d) => d.id === 'p5-8a')!,
      translation: { follows: 'printed' as const, renders: 'social and democratic' },
    };
    expect(translationDecisionProblems([entry], (ref) => englishOf(ref))).toEqual([
      'p5-8a (5.8): the published text is known, so the English must translate it, not the printed',
      'p5-8a (5.8): the English does not have «social and democratic», which renders the reading it follows',
    ]);
  });
});
