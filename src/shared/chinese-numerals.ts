const DIGITS = '一二三四五六七八九';

/** Reads a Chinese numeral from 一 to 九十九 as printed for section headings; undefined if the text is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (!match || text === '') return undefined;
  const [, tensDigit = '', ten = '', units = ''] = match;
  if (ten === '') return tensDigit !== '' && units === '' ? DIGITS.indexOf(tensDigit) + 1 : undefined;
  const tens = tensDigit === '' ? 1 : DIGITS.indexOf(tensDigit) + 1;
  return tens * 10 + (units === '' ? 0 : DIGITS.indexOf(units) + 1);
}

/** Writes 1–99 as a Chinese numeral, the inverse of parseChineseNumeral. */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`no section numeral for ${value}`);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const unitText = units === 0 ? '' : DIGITS[units - 1]!;
  if (tens === 0) return unitText;
  return `${tens === 1 ? '' : DIGITS[tens - 1]!}十${unitText}`;
}
