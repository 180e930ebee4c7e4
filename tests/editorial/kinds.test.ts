import { describe, expect, it } from 'vitest';
import { differenceShape, kindProblem } from '../../src/lib/editorial/kinds';
import { loadEditorial } from '../../src/lib/content/load-model';

describe('the kind of a difference', () => {
  it('is read off the two strings where a mechanical kind fits', () => {
    expect(differenceShape('数百万', '数千万')).toBe('wrong-character');
    expect(differenceShape('中国抗日战争', '中国人民抗日战争')).toBe('dropped-character');
    expect(differenceShape('前所未有的', '前所未有')).toBe('extra-character');
    expect(differenceShape('烈士烈士', '烈士')).toBe('doubled-character');
    expect(differenceShape('烈士烈士', '牺牲烈士')).toBe('repeated-word');
    expect(differenceShape('担当，弘扬', '担当、弘扬')).toBe('punctuation');
    expect(differenceShape('关系无论', '坚决谴责')).toBeUndefined();
    expect(differenceShape('社会民主', '公正民主')).toBeUndefined();
  });

  it('of every entry in the apparatus is what its strings show', () => {
    const { differences } = loadEditorial();
    expect(differences.map(kindProblem).filter(Boolean)).toEqual([]);
    // A misfiled kind is caught: the comma of 1.3 is punctuation, the 烈士 of 2.8 a repeated word.
    expect(kindProblem({ id: 'x', printed: '担当，弘扬', reading: '担当、弘扬', kind: 'wrong-character' })).toMatch(/is a punctuation/u);
    expect(kindProblem({ id: 'y', printed: '烈士烈士', reading: '牺牲烈士', kind: 'doubled-character' })).toMatch(/is a repeated-word/u);
    expect(kindProblem({ id: 'z', printed: '幻', reading: '乱', kind: 'garbled-passage' })).toMatch(/is a wrong-character/u);
  });
});
