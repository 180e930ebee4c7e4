import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/glossary/term-matcher';

const chinese = createTermMatcher([
  { text: '联合国', id: 'un' },
  { text: '联合国宪章', id: 'un-charter' },
  { text: '联合国安理会', id: 'un-security-council' },
  { text: '安理会', id: 'un-security-council' },
  { text: '上海合作组织', id: 'sco' },
]);

const terms = (text: string) =>
  chinese(text)
    .filter((s) => s.id)
    .map((s) => `${s.text}:${s.id}`);

describe('the term matcher', () => {
  it('takes the longest term where terms overlap', () => {
    expect(terms('特别是《联合国宪章》宗旨和原则')).toEqual(['联合国宪章:un-charter']);
    expect(terms('双方愿在联合国安理会和联合国大会等联合国机构框架内')).toEqual([
      '联合国安理会:un-security-council',
      '联合国:un',
      '联合国:un',
    ]);
    expect(terms('安理会常任理事国')).toEqual(['安理会:un-security-council']);
  });

  it('keeps every character, in order, terms and the text between them', () => {
    const text = '加强在金砖国家、上海合作组织等多边平台框架内有关合作，《联合国宪章》。';
    expect(
      chinese(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('stops a term at the punctuation around it: book-title marks and commas stay outside the mark', () => {
    expect(chinese('遵守《联合国宪章》，')).toEqual([{ text: '遵守《' }, { text: '联合国宪章', id: 'un-charter' }, { text: '》，' }]);
    expect(chinese('上海合作组织。')).toEqual([{ text: '上海合作组织', id: 'sco' }, { text: '。' }]);
  });

  it('matches adjacent terms one after the other', () => {
    expect(terms('联合国联合国宪章')).toEqual(['联合国:un', '联合国宪章:un-charter']);
  });

  it('matches English names as whole words only', () => {
    const english = createTermMatcher(
      [
        { text: 'UN Charter', id: 'un-charter' },
        { text: 'UN', id: 'un' },
        { text: 'BRICS', id: 'brics' },
      ],
      { wholeWords: true },
    );
    expect(
      english('the UN Charter and the UNESCO, BRICS.')
        .filter((s) => s.id)
        .map((s) => s.text),
    ).toEqual(['UN Charter', 'BRICS']);
    expect(english('UN')).toEqual([{ text: 'UN', id: 'un' }]);
  });

  it('matches in any case when asked, keeping the text as written', () => {
    const english = createTermMatcher([{ text: 'the two sides', id: 'two-sides' }], { wholeWords: true, ignoreCase: true });
    expect(english('The two sides agree; the Two Sides agree; the two sidesteps.')).toEqual([
      { text: 'The two sides', id: 'two-sides' },
      { text: ' agree; ' },
      { text: 'the Two Sides', id: 'two-sides' },
      { text: ' agree; the two sidesteps.' },
    ]);
    const caseSensitive = createTermMatcher([{ text: 'the two sides', id: 'two-sides' }], { wholeWords: true });
    expect(caseSensitive('The two sides').some((segment) => segment.id)).toBe(false);
  });

  it('finds nothing in text without terms', () => {
    expect(chinese('双方商定：')).toEqual([{ text: '双方商定：' }]);
    expect(chinese('')).toEqual([]);
  });
});
