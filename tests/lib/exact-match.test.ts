import { describe, expect, it } from 'vitest';
import { excerpt, findMatches } from '../../src/shared/search/exact-match';
import { characterTokens, queryCharacterTokens } from '../../src/shared/search/tokens';

const table = { 聯: '联', 國: '国', 憲: '宪', 會: '会', 理: '理' };

describe('exact matching', () => {
  it('finds every occurrence, in either script, at the positions shown', () => {
    const text = '遵守《聯合國憲章》和《联合国宪章》';
    const matches = findMatches(text, '联合国宪章', table);
    expect(matches).toEqual([
      { start: 3, end: 8 },
      { start: 11, end: 16 },
    ]);
    expect(text.slice(matches[0]!.start, matches[0]!.end)).toBe('聯合國憲章');
    expect(findMatches(text, '聯合國 憲章', table)).toHaveLength(2);
  });

  it('finds a query however a word splitter would cut the text', () => {
    expect(findMatches('联合国安理会', '安理会', {})).toEqual([{ start: 3, end: 6 }]);
    expect(findMatches('国际和国家', '国', {})).toHaveLength(2);
    expect(findMatches('国际', '国家', {})).toEqual([]);
  });

  it('counts characters, not UTF-16 units, so emoji cannot shift a match', () => {
    expect(findMatches('😀联合国', '联合', {})).toEqual([{ start: 1, end: 3 }]);
    expect(findMatches('abc', '😀', {})).toEqual([]);
  });

  it('cuts a short excerpt around the first match and marks the matches', () => {
    const text = `${'甲'.repeat(50)}联合国宪章${'乙'.repeat(100)}`;
    const parts = excerpt(text, findMatches(text, '联合国宪章', {}), 10);
    expect(parts[0]).toEqual({ text: '…', hit: false });
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['联合国宪章']);
    expect(parts.at(-1)).toEqual({ text: '…', hit: false });
    expect(parts.map((p) => p.text).join('')).toBe(`…${'甲'.repeat(10)}联合国宪章${'乙'.repeat(20)}…`);
  });
});

describe('search tokens', () => {
  it('index every character, so the first and last character of any query inside the text are there', () => {
    const tokens = new Set(characterTokens('联合国安理会'));
    for (const query of ['安理会', '国安', '联合国安理会', '国']) {
      for (const token of queryCharacterTokens(query)) expect(tokens.has(token), `${query}: ${token}`).toBe(true);
    }
    expect(queryCharacterTokens('联合国宪章')).toHaveLength(2);
    expect(queryCharacterTokens('国')).toHaveLength(1);
    expect(queryCharacterTokens('国 家')).toEqual(queryCharacterTokens('国家'));
    expect(queryCharacterTokens('')).toEqual([]);
  });

  it('are short ASCII words of one width, which no word splitter or stemmer changes', () => {
    const tokens = characterTokens('联合国宪章和《联合国宪章》');
    for (const token of tokens) expect(token).toMatch(/^c[0-9a-z]{3}$/u);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
