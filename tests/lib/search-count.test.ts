import { describe, expect, it } from 'vitest';
import { countSummary } from '../../src/shared/search/count';

const hit = (ref: string, ...words: string[]) => ({ ref, words });

describe('the count line of a search', () => {
  it('counts paragraphs that contain the query when no entry adds any', () => {
    expect(countSummary([hit('1.1', '金砖'), hit('4.4', '金砖')], new Set(['1.1', '4.4']), [], 'chinese')).toEqual({
      verb: 'contain',
      total: 2,
      alsoAs: [],
      entries: [],
    });
  });

  it('says "mention … (also as …)" when a named entry adds paragraphs that name it otherwise', () => {
    const entry = { id: 'un-security-council', refs: { chinese: ['5.5', '5.7', '5.15'], english: [] } };
    const summary = countSummary(
      [hit('5.5', '安理会'), hit('5.7', '联合国安理会'), hit('5.15', '联合国安理会', '安理会')],
      new Set(['5.7', '5.15']),
      [entry],
      'chinese',
    );
    expect(summary).toEqual({ verb: 'mention', total: 3, alsoAs: ['安理会'], entries: [] });
  });

  it('says how many of the paragraphs a named entry occurs in where that is fewer than the count', () => {
    const entry = { id: 'un', refs: { chinese: ['5.1', '5.4'], english: [] } };
    const summary = countSummary(
      [hit('5.1', '联合国'), hit('5.2', '联合国'), hit('5.4', '联合国')],
      new Set(['5.1', '5.2', '5.4']),
      [entry],
      'chinese',
    );
    expect(summary).toEqual({ verb: 'contain', total: 3, alsoAs: [], entries: [{ id: 'un', count: 2 }] });
  });
});
