import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown';

// Section 3 has no editorial notes or cross-references, so synthetic text can stand in for it.
const section = (edition: string, body: string) =>
  `---\ndocument: "statement"\nedition: "${edition}"\nsection: 3\nparagraphs: 1\nsourceLines: [1, 2]\n---\n\n${body}\n`;

async function marks(edition: string, body: string) {
  const { tree } = await renderMarkdown(section(edition, body));
  return selectAll('.aligned', tree).map((mark) => `${toText(mark)}:${String(mark.properties.dataAlign)}`);
}

describe('remark-aligned-terms', () => {
  it('marks the terminology table’s checked terms in each edition, in its script', async () => {
    expect(await marks('zh-hans', '双方重申，中方和俄方加强务实合作。')).toEqual([
      '双方:two-sides',
      '中方:chinese-side',
      '俄方:russian-side',
      '务实合作:practical-cooperation',
    ]);
    expect(await marks('zh-hant', '雙方重申，中方和俄方加強務實合作。')).toEqual([
      '雙方:two-sides',
      '中方:chinese-side',
      '俄方:russian-side',
      '務實合作:practical-cooperation',
    ]);
  });

  it('marks the English rendering in any case, as whole words, the longest form winning', async () => {
    expect(await marks('en', 'The two sides agree; the two sidesteps do not; closer people-to-people bonds.')).toEqual([
      'The two sides:two-sides',
      'closer people-to-people bonds:people-to-people-bonds',
    ]);
    expect(await marks('zh-hans', '中俄双方一致认为')).toEqual(['中俄双方:china-and-russia']);
  });

  it('leaves glossary terms to the glossary: no mark inside a term, and glossary entries are not terminology marks', async () => {
    const { tree } = await renderMarkdown(section('zh-hans', '推动中俄新时代全面战略协作伙伴关系，恪守《联合国宪章》。'));
    expect(selectAll('a.term', tree).map((term) => toText(term))).toEqual(['中俄新时代全面战略协作伙伴关系', '联合国宪章']);
    expect(selectAll('a.term .aligned, .aligned a.term', tree)).toEqual([]);
    expect(selectAll('.aligned', tree)).toEqual([]);
  });

  it('keeps every character of the text', async () => {
    const text = '双方重申，中方和俄方加强务实合作。';
    const { tree } = await renderMarkdown(section('zh-hans', text));
    expect(toText(selectAll('p', tree)[0]!)).toBe(`3.1${text}`);
  });
});
