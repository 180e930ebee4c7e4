import { describe, expect, it } from 'vitest';
import { citationMarkdown, citationText } from '../../src/lib/citation';

const parts = {
  chinese: '双方重申坚持恪守国际法，特别是《联合国宪章》宗旨和原则。',
  english:
    'The two sides reaffirm their adherence to international law, in particular the purposes and principles of the Charter of the United Nations.',
  ref: '5.2',
  documentTitle: '中华人民共和国和俄罗斯联邦……联合声明',
  url: 'https://example.org/zh-hans/statement/5/#p5-2',
  translationLabel: 'unofficial translation',
};

describe('paragraph citations', () => {
  it('as plain text: the Chinese, the English marked unofficial, the title, reference and permanent URL', () => {
    expect(citationText(parts)).toBe(
      `${parts.chinese}\n\n${parts.english} (unofficial translation)\n\n${parts.documentTitle}, 5.2. https://example.org/zh-hans/statement/5/#p5-2`,
    );
  });

  it('as Markdown: both texts quoted, Markdown characters escaped, the reference a link', () => {
    const markdown = citationMarkdown({ ...parts, english: 'A *starred* [word]' });
    expect(markdown).toBe(
      `> ${parts.chinese}\n>\n> A \\*starred\\* \\[word\\] *(unofficial translation)*\n\n— *${parts.documentTitle}*, [5.2](https://example.org/zh-hans/statement/5/#p5-2)`,
    );
  });
});
