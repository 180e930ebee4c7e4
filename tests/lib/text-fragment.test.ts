import { describe, expect, it } from 'vitest';
import {
  findPassage,
  formatTextDirective,
  makeTextDirective,
  parseFragment,
  parseTextDirective,
  passageFragment,
  searchText,
  type TextDirective,
} from '../../src/shared/text-fragment';

const page = searchText([
  { text: 'The two sides support the two sides’ plan.', lang: 'en' },
  { text: '双方支持在保护文明多样性的基础上开展对话，双方支持对话。', lang: 'zh-Hans' },
  { text: 'Heading', lang: 'en' },
  { text: 'The two sides agree. Then the two sides sign a statement on the occasion of the visit, and the two sides meet.', lang: 'en' },
]);
const blockOf = (index: number) => {
  const start = page.blockStarts[index]!;
  const end = index + 1 < page.blockStarts.length ? page.blockStarts[index + 1]! - 1 : page.text.length;
  return { start, end };
};
/** The span of the n-th (0-based) occurrence of a string in a block. */
function occurrence(block: number, passage: string, n = 0) {
  const { start } = blockOf(block);
  let at = page.text.indexOf(passage, start);
  for (let i = 0; i < n; i += 1) at = page.text.indexOf(passage, at + 1);
  return { start: at, end: at + passage.length };
}
const text = (span: { start: number; end: number } | undefined) => span && page.text.slice(span.start, span.end);

describe('text fragments: reading and writing', () => {
  it('write each term percent-encoded, with the separators of terms encoded too', () => {
    const directive = { prefix: 'well-known', textStart: 'a, b & c', textEnd: '双方', suffix: '-end' };
    expect(formatTextDirective(directive)).toBe('text=well%2Dknown-,a%2C%20b%20%26%20c,%E5%8F%8C%E6%96%B9,-%2Dend');
    expect(parseTextDirective(formatTextDirective(directive))).toEqual(directive);
    expect(parseTextDirective(formatTextDirective({ textStart: 'only' }))).toEqual({ textStart: 'only' });
  });

  it('read the element id and the directives of a link, dropping what is not a text directive', () => {
    expect(parseFragment('https://example.org/en/statement/2/#p2-5:~:text=two%20sides&text=a,-b&other=x')).toEqual({
      id: 'p2-5',
      directives: [{ textStart: 'two sides' }, { textStart: 'a', suffix: 'b' }],
    });
    expect(parseFragment('#p2-5')).toEqual({ id: 'p2-5', directives: [] });
    expect(parseFragment('p2-5:~:text=%E0%A4%A')).toEqual({ id: 'p2-5', directives: [] });
    expect(parseFragment('p2-5:~:text=')).toEqual({ id: 'p2-5', directives: [] });
    expect(passageFragment('p2-5', { textStart: '双方' })).toBe('p2-5:~:text=%E5%8F%8C%E6%96%B9');
  });
});

describe('text fragments: finding a passage as a browser does', () => {
  it('finds the first match, in any case, on word boundaries only', () => {
    expect(findPassage(page, { textStart: 'the TWO sides' })).toEqual(occurrence(0, 'The two sides'));
    expect(findPassage(page, { textStart: 'wo sides' })).toBeUndefined();
    expect(findPassage(page, { textStart: '方支持' })).toBeUndefined();
    expect(text(findPassage(page, { textStart: '双方支持' }))).toBe('双方支持');
  });

  it('takes context before and after, across white space, and a range from its first to its last words', () => {
    expect(findPassage(page, { prefix: 'Then', textStart: 'the two sides' })).toEqual(occurrence(3, 'the two sides', 0));
    expect(findPassage(page, { textStart: 'the two sides', suffix: 'meet' })).toEqual(occurrence(3, 'the two sides', 1));
    const range = findPassage(page, { textStart: 'Then the', textEnd: 'meet' });
    expect(text(range)).toBe('Then the two sides sign a statement on the occasion of the visit, and the two sides meet');
    // The rest of a word is context that completes it: 方支持 is found where it follows 双.
    expect(text(findPassage(page, { prefix: '双', textStart: '方支持', suffix: '对话' }))).toBe('方支持');
  });

  it('never matches a term across two blocks', () => {
    expect(findPassage(page, { textStart: 'Heading The' })).toBeUndefined();
    expect(findPassage(page, { textStart: 'nothing like this' })).toBeUndefined();
  });
});

describe('text fragments: addressing a passage uniquely', () => {
  const check = (passage: { start: number; end: number }, block: number): TextDirective => {
    const directive = makeTextDirective(page, passage, blockOf(block))!;
    expect(directive).toBeDefined();
    expect(findPassage(page, directive)).toEqual(passage);
    return directive;
  };

  it('gives a passage that occurs nowhere earlier as it is', () => {
    expect(check(occurrence(0, 'support the two sides’ plan'), 0)).toEqual({ textStart: 'support the two sides’ plan' });
  });

  it('adds context to a passage that occurs twice in its paragraph, or earlier on the page', () => {
    const second = check(occurrence(3, 'the two sides', 1), 3);
    expect(second.prefix ?? second.suffix).toBeDefined();
    const first = check(occurrence(3, 'The two sides', 0), 3);
    expect(first.prefix ?? first.suffix).toBeDefined();
    const chinese = check(occurrence(1, '双方支持', 1), 1);
    expect(chinese.prefix ?? chinese.suffix).toBeDefined();
  });

  it('keeps a selection that starts or ends inside a word as it is, completing the word as context', () => {
    const directive = check(occurrence(1, '方支持在保'), 1);
    expect(directive.textStart).toBe('方支持在保');
    expect(directive.prefix?.endsWith('双')).toBe(true);
    expect(directive.suffix?.startsWith('护')).toBe(true);
  });

  it('addresses a long passage by its first and last words', () => {
    const passage = occurrence(
      3,
      'The two sides agree. Then the two sides sign a statement on the occasion of the visit, and the two sides meet.',
    );
    const directive = check(passage, 3);
    expect(directive.textEnd).toBeDefined();
    expect(directive.textStart.length + directive.textEnd!.length).toBeLessThan(passage.end - passage.start);
  });

  it('gives up, rather than give a wrong address, where no context in the block tells the passage apart', () => {
    const twins = searchText([
      { text: 'Same words here.', lang: 'en' },
      { text: 'Same words here.', lang: 'en' },
    ]);
    expect(makeTextDirective(twins, { start: 17, end: 33 }, { start: 17, end: 33 })).toBeUndefined();
    expect(makeTextDirective(twins, { start: 0, end: 16 }, { start: 0, end: 16 })).toEqual({ textStart: 'Same words here.' });
  });
});
