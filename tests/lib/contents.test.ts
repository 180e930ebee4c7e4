import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbours, paragraphRange } from '../../src/lib/contents';
import { compareRefs, paragraphId, paragraphIdOfRef, paragraphRef, parseRef } from '../../src/shared/references';

const sections = [
  { document: 'report' as const, section: 1, paragraphs: 5 },
  { document: 'statement' as const, section: 2, paragraphs: 8 },
  { document: 'report' as const, section: 0, paragraphs: 2 },
  { document: 'statement' as const, section: 0, paragraphs: 2 },
];

describe('paragraph references', () => {
  it('address statement paragraphs as section.paragraph and report paragraphs with an R', () => {
    expect(paragraphRef('statement', 2, 5)).toBe('2.5');
    expect(paragraphId('statement', 2, 5)).toBe('p2-5');
    expect(paragraphRef('report', 1, 2)).toBe('R1.2');
    expect(paragraphId('report', 1, 2)).toBe('r1-2');
  });

  it('are read back from their text, and order as the text does', () => {
    expect(parseRef('2.5')).toEqual({ document: 'statement', section: 2, paragraph: 5 });
    expect(parseRef('R1.12')).toEqual({ document: 'report', section: 1, paragraph: 12 });
    expect(parseRef('2-5')).toBeUndefined();
    expect(paragraphIdOfRef('R0.1')).toBe('r0-1');
    expect(['R0.1', '5.16', '0.2', '5.2', 'R1.1', '1.10', '1.9'].sort(compareRefs)).toEqual([
      '0.2',
      '1.9',
      '1.10',
      '5.2',
      '5.16',
      'R0.1',
      'R1.1',
    ]);
  });
});

describe('tables of contents', () => {
  it('order the statement before the report, sections by number', () => {
    expect(inReadingOrder(sections).map((s) => `${s.document}/${s.section}`)).toEqual([
      'statement/0',
      'statement/2',
      'report/0',
      'report/1',
    ]);
  });

  it('link previous and next within one document only', () => {
    expect(neighbours(sections, sections[3]!)).toEqual({ previous: undefined, next: sections[1] });
    expect(neighbours(sections, sections[2]!)).toEqual({ previous: undefined, next: sections[0] });
    expect(neighbours(sections, sections[0]!).next).toBeUndefined();
  });

  it('give the range of references of a section', () => {
    expect(paragraphRange({ document: 'statement', section: 1, paragraphs: 10 })).toBe('1.1–1.10');
    expect(paragraphRange({ document: 'report', section: 3, paragraphs: 1 })).toBe('R3.1');
  });
});
