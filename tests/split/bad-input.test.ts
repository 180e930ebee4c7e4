import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/lib/split/source-error';
import { splitPage } from '../../src/lib/split/split-page';
import { encode, sourceText } from '../helpers/source';

const original = sourceText();
const lines = original.split('\n');

/** The source with some lines replaced (1-based line number → new text, or null to blank it). */
function edited(changes: Record<number, string | null>): string {
  return lines.map((text, index) => (index + 1 in changes ? (changes[index + 1] ?? '') : text)).join('\n');
}

function errorOf(input: string | Uint8Array): SourceError {
  try {
    splitPage(typeof input === 'string' ? encode(input) : input);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError, but the input split');
}

const lineOf = (text: string) => lines.indexOf(text) + 1;

describe('bad input stops the split with the line and what was expected', () => {
  it('an empty file', () => {
    expect(errorOf('').message).toBe('line 1: the source is empty: expected the text of a newspaper page');
    expect(errorOf('\n \n\t\n').line).toBe(1);
  });

  it('bytes that are not UTF-8', () => {
    const bytes = encode(original);
    const offset = encode(lines.slice(0, 10).join('\n') + '\n').length + 3; // inside line 11
    const broken = new Uint8Array(bytes);
    broken[offset] = 0xff;
    const error = errorOf(broken);
    expect(error.line).toBe(11);
    expect(error.message).toMatch(/^line 11: byte 0xff at byte \d+ of the line is not valid UTF-8/u);
  });

  it('a section numeral missing', () => {
    const error = errorOf(edited({ [lineOf('二')]: null }));
    expect(error.line).toBe(lineOf('三'));
    expect(error.message).toContain('expected section numeral 二, found 三');
  });

  it('a section numeral out of order', () => {
    const error = errorOf(edited({ [lineOf('二')]: '三', [lineOf('三')]: '二' }));
    expect(error.line).toBe(lineOf('二'));
    expect(error.message).toContain('expected section numeral 二, found 三');
  });

  it('a section numeral repeated', () => {
    const error = errorOf(edited({ [lineOf('三')]: '二' }));
    expect(error.line).toBe(lineOf('三'));
    expect(error.message).toContain(`section numeral 二 repeated (first printed at line ${lineOf('二')}): expected 三`);
  });

  it('a statement with no title', () => {
    const error = errorOf(edited({ 3: null }));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(
      /^line 5: expected the statement's title before section 一, found a paragraph: «应俄罗斯联邦总统普京邀请/u,
    );
  });

  it('a statement that starts with a section numeral', () => {
    const error = errorOf(edited({ 3: null, 5: null, 7: null }));
    expect(error.message).toBe("line 9: expected the statement's title before section 一, found the section numeral 一");
  });

  it('a report with no title', () => {
    const error = errorOf(edited({ 177: null, 179: null }));
    expect(error.line).toBe(133);
    expect(error.message).toContain('the report has no title: expected its headline after the dateline, or at its top');
  });

  it('a subheading with no paragraphs', () => {
    const heading = lineOf('种下民心相通的种子');
    const blanked = Object.fromEntries(
      lines
        .map((_, i) => i + 1)
        .filter((n) => n > heading && n < lineOf('为发展中俄关系增添新光彩'))
        .map((n) => [n, null]),
    );
    const error = errorOf(edited(blanked));
    expect(error.line).toBe(heading);
    expect(error.message).toContain('subheading «种下民心相通的种子» has no paragraphs');
  });

  it('a numbered section with no paragraphs', () => {
    const error = errorOf(
      edited({ [lineOf('四') + 2]: null, [lineOf('四') + 4]: null, [lineOf('四') + 6]: null }).replace(
        /\n——[^\n]*|\n双方高度评价两国在生态[^\n]*/gu,
        '',
      ),
    );
    expect(error.message).toMatch(/^line \d+: section 四 has no paragraphs/u);
  });

  it('a paragraph that breaks off mid-sentence with nothing to continue it', () => {
    const lastOfTwo = lineOf('三') - 2;
    const error = errorOf(edited({ [lastOfTwo]: lines[lastOfTwo - 1]!.replace(/。$/u, '') }));
    expect(error.line).toBe(lastOfTwo);
    expect(error.message).toContain('the paragraph breaks off mid-sentence');
  });

  it('a news dateline inside the statement when the continuation marker is missing', () => {
    const error = errorOf(edited({ 131: null }));
    expect(error.line).toBe(175);
    expect(error.message).toContain('expected the continuation marker');
  });
});

describe('accepted variants', () => {
  const reference = splitPage(encode(original));

  it('a byte-order mark and CRLF line endings give the same split', () => {
    expect(splitPage(encode(`\uFEFF${original.replace(/\n/gu, '\r\n')}`))).toEqual(reference);
  });

  it('a longer edition splits by the same rules: a sixth section and a corrected column break', () => {
    const longer = edited({ 41: `${lines[40]}${lines[42]}`, 43: null, 130: `${lines[129]}\n六\n\n双方商定继续合作。` });
    const page = splitPage(encode(longer));
    expect(page.documents[0]?.sections.map((s) => s.numeral?.text ?? '')).toEqual(['', '一', '二', '三', '四', '五', '六']);
    expect(page.repairs.map((r) => r.rule)).toEqual(['continuation-marker', 'displaced-headline']);
  });
});
