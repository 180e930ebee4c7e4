import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, toChineseNumeral } from '../../src/shared/chinese-numerals';

describe('Chinese section numerals', () => {
  it('reads 一 to 九十九', () => {
    expect(['一', '五', '九', '十', '十一', '十九', '二十', '二十一', '九十九'].map(parseChineseNumeral)).toEqual([
      1, 5, 9, 10, 11, 19, 20, 21, 99,
    ]);
  });

  it('rejects text that is not a numeral', () => {
    expect(['', '零', '一二', '十十', '二百', '一、', '第一', '1'].map(parseChineseNumeral)).toEqual(Array(8).fill(undefined));
  });

  it('writes what it reads', () => {
    for (let n = 1; n <= 99; n += 1) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});
