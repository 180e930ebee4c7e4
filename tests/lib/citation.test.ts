import { describe, expect, it } from 'vitest';
import { citationMarkdown, citationText, passageCitationMarkdown, passageCitationText } from '../../src/shared/citation';

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

describe('passage citations', () => {
  const passage = {
    passage: '特别是《联合国宪章》宗旨和原则',
    ref: '5.2',
    documentTitle: '中华人民共和国和俄罗斯联邦……联合声明',
    url: 'https://example.org/zh-hans/statement/5/#p5-2:~:text=%E7%89%B9',
  };

  it('as plain text: the passage quoted, the title, reference and the link to the passage', () => {
    expect(passageCitationText(passage)).toBe(`“${passage.passage}”\n\n${passage.documentTitle}, 5.2. ${passage.url}`);
    expect(passageCitationText({ ...passage, passage: 'the two sides', translationLabel: 'unofficial translation' })).toBe(
      `“the two sides” (unofficial translation)\n\n${passage.documentTitle}, 5.2. ${passage.url}`,
    );
  });

  it('quotes a Traditional passage with corner quotes, as Taiwan writes, and every other passage with curly ones', () => {
    expect(passageCitationText({ ...passage, passage: '平等相待', lang: 'zh-Hant' })).toBe(
      `「平等相待」\n\n${passage.documentTitle}, 5.2. ${passage.url}`,
    );
    expect(passageCitationText({ ...passage, lang: 'zh-Hans' })).toMatch(/^“.*”\n/u);
    expect(passageCitationText({ ...passage, passage: 'on an equal footing', lang: 'en' })).toMatch(/^“on an equal footing”\n/u);
  });

  it('as Markdown: the passage quoted with Markdown characters escaped, the reference a link to the passage', () => {
    expect(passageCitationMarkdown({ ...passage, passage: 'a *starred* [word]', translationLabel: 'unofficial translation' })).toBe(
      `> a \\*starred\\* \\[word\\] *(unofficial translation)*\n\n— *${passage.documentTitle}*, [5.2](${passage.url})`,
    );
  });
});
