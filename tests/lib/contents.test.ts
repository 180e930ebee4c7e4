import { describe, expect, it } from 'vitest';
import { inReadingOrder, neighbours, paragraphRange } from '../../src/lib/contents';
import { paragraphId, paragraphRef, sectionPath } from '../../src/lib/references';

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
    expect(sectionPath('zh-hans', 'statement', 2)).toBe('/zh-hans/statement/2/');
  });
});

describe('tables of contents', () => {
  it('order the statement before the report, sections by number', () => {
    expect(inReadingOrder(sections).map((s) => `${s.document}/${s.section}`)).toEqual(['statement/0', 'statement/2', 'report/0', 'report/1']);
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
