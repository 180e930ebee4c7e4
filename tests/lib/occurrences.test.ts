import { describe, expect, it } from 'vitest';
import type { EditionText } from '../../src/lib/collections/edition-text';
import { placeOccurrences, termOccurrences } from '../../src/lib/glossary/occurrences';
import { createTermMatcher } from '../../src/lib/glossary/term-matcher';

const section = (number: number, ...texts: string[]) => ({
  number,
  sourceLines: [1, 1] as [number, number],
  blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
});
const text: EditionText = {
  edition: 'zh-hans',
  documents: [
    { id: 'statement', title: '联合国宪章', sections: [section(5, '联合国宪章……联合国宪章', '无'), section(6, '联合国安理会')] },
    { id: 'report', title: '报道', sections: [section(1, '《联合国宪章》')] },
  ],
};
const match = createTermMatcher([
  { text: '联合国宪章', id: 'un-charter' },
  { text: '联合国', id: 'un' },
  { text: '联合国安理会', id: 'unsc' },
]);

describe('termOccurrences', () => {
  it('lists each paragraph a term is marked in, in reading order, with how often, as the marking matcher finds it', () => {
    const occurrences = termOccurrences(text, match);
    expect(occurrences['un-charter']).toEqual([
      { ref: '5.1', document: 'statement', section: 5, count: 2 },
      { ref: 'R1.1', document: 'report', section: 1, count: 1 },
    ]);
    // The longest form wins, as in the marking: 联合国安理会 is not also 联合国.
    expect(occurrences.unsc).toEqual([{ ref: '6.1', document: 'statement', section: 6, count: 1 }]);
    expect(occurrences.un).toBeUndefined();
  });

  it('does not find a term across the printed string of an editorial note, which the marking divides', () => {
    const occurrences = termOccurrences(text, match, (ref) => (ref === '6.1' ? ['合国安'] : []));
    expect(occurrences.unsc).toBeUndefined();
  });
});

describe('placeOccurrences', () => {
  it('gives each occurrence the address of its paragraph in an edition', () => {
    const placed = placeOccurrences(termOccurrences(text, match), (document, number) => `/reader/en/${document}/${number}/`);
    expect(placed.get('un-charter')).toEqual([
      { ref: '5.1', document: 'statement', section: 5, href: '/reader/en/statement/5/#p5-1', count: 2 },
      { ref: 'R1.1', document: 'report', section: 1, href: '/reader/en/report/1/#r1-1', count: 1 },
    ]);
  });
});
