import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown';

const section = (edition: string, notes: string) =>
  `---\ndocument: "statement"\nedition: "${edition}"\nsection: 3\nparagraphs: 2\nsourceLines: [1, 2]\n${notes}---\n\nThe first paragraph.\n\nThe second paragraph.\n`;

describe('remark-translator-notes', () => {
  it("ends a paragraph with its translator's note, labelled, in English, with quoted Chinese marked as Chinese", async () => {
    const { tree } = await renderMarkdown(section('en', 'notes:\n  "3.2": "Printed 烈士烈士, read as 烈士."\n'));
    expect(select('#p3-1 .translator-note', tree)).toBeUndefined();
    const note = select('#p3-2 > .translator-note', tree)!;
    expect(note.properties.lang).toBe('en');
    expect(toText(note)).toBe('Translator’s note: Printed 烈士烈士, read as 烈士.');
    expect(selectAll('span[lang="zh-Hans"]', note).map((span) => toText(span))).toEqual(['烈士烈士', '烈士']);
    expect(toText(select('#p3-2', tree)!)).toMatch(/^3\.2The second paragraph\.\s*Translator’s note: Printed 烈士烈士, read as 烈士\.$/u);
  });

  it('marks no glossary term inside a note, and leaves a section without notes alone', async () => {
    const { tree } = await renderMarkdown(section('en', 'notes:\n  "3.1": "Compare the Charter of the United Nations."\n'));
    expect(selectAll('.translator-note a.term', tree)).toEqual([]);
    // The same words in the text are marked.
    const inText = await renderMarkdown(section('en', '').replace('The first paragraph.', 'Compare the Charter of the United Nations.'));
    expect(selectAll('#p3-1 a.term', inText.tree)).toHaveLength(1);
    const plain = await renderMarkdown(section('en', ''));
    expect(selectAll('.translator-note', plain.tree)).toEqual([]);
  });
});
