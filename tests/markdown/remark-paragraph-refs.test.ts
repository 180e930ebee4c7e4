import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { paragraphRef } from '../../src/shared/references';
import { toCollectionFiles } from '../../src/lib/collections/collection-files';
import { loadModel } from '../../src/lib/content/load-model';
import { escapeMarkdownText } from '../../src/lib/collections/markdown-text';
import { renderMarkdown } from '../helpers/markdown';

const section = (document: string, number: number, body: string) =>
  `---\ndocument: "${document}"\nedition: "zh-hans"\nsection: ${number}\nparagraphs: 1\nsourceLines: [1, 2]\n---\n\n${body}`;

describe('remark-paragraph-refs', () => {
  it('gives each paragraph an id, its reference, and a reference number linking to itself', async () => {
    // Section 3 has no editorial notes, so this synthetic text is not expected to print what they annotate.
    const { tree } = await renderMarkdown(section('statement', 3, '第一段。\n\n第二段。\n'));
    const paragraphs = selectAll('p', tree);
    expect(paragraphs.map((p) => [p.properties.id, p.properties.dataRef])).toEqual([
      ['p3-1', '3.1'],
      ['p3-2', '3.2'],
    ]);
    const link = select('p#p3-2 > a.ref', tree);
    expect(link?.properties.href).toBe('#p3-2');
    expect(toText(link!)).toBe('3.2');
    expect(link?.properties.ariaLabel).toBe('第 3.2 段的链接');
  });

  it('numbers list items as paragraphs, each with its own address', async () => {
    const { tree } = await renderMarkdown(section('statement', 3, '双方商定：\n\n- ——甲。\n- ——乙。\n\n最后一段。\n'));
    expect(selectAll('[data-ref]', tree).map((node) => [node.tagName, node.properties.id])).toEqual([
      ['p', 'p3-1'],
      ['li', 'p3-2'],
      ['li', 'p3-3'],
      ['p', 'p3-4'],
    ]);
    expect(toText(select('li#p3-2', tree)!)).toBe('3.2——甲。');
  });

  it("prefixes the report's references with R", async () => {
    const { tree } = await renderMarkdown(section('report', 0, '导语。\n'));
    expect(select('p', tree)?.properties).toMatchObject({ id: 'r0-1', dataRef: 'R0.1' });
  });

  it('leaves Markdown without section frontmatter alone', async () => {
    const { html } = await renderMarkdown('Plain text.\n');
    expect(html).toBe('<p>Plain text.</p>');
  });
});

describe('the generated section files, rendered', () => {
  const model = loadModel();
  const files = toCollectionFiles(model);
  const { editions } = model;

  it('render every paragraph of every edition exactly as written, in order, each under its reference', async () => {
    for (const { edition, documents } of editions) {
      for (const document of documents) {
        for (const { number, blocks } of document.sections) {
          const { tree } = await renderMarkdown(files.get(`${edition}/${document.id}/${number}.md`)!);
          const addressed = selectAll('[data-ref]', tree);
          expect(addressed.map((node) => node.properties.dataRef)).toEqual(blocks.map((_, i) => paragraphRef(document.id, number, i + 1)));
          addressed.forEach((node, index) => {
            const ref = toText(select('a.ref', node)!);
            // The editors' notes, "see also" lines and translator's notes follow the text; the text itself is unchanged.
            const editorial = (className: unknown) =>
              Array.isArray(className) && ['editorial-note', 'see-also', 'translator-note'].some((name) => className.includes(name));
            node.children = node.children.filter((child) => !(child.type === 'element' && editorial(child.properties.className)));
            expect(toText(node), `${edition} ${ref}`).toBe(`${ref}${blocks[index]!.text}`);
          });
        }
      }
    }
  });

  it('keep Markdown syntax in printed text as text', async () => {
    const printed = '1. *星号* <b>粗</b> ~~删除~~ [链接](x) # 井号 &amp; `代码` \\ | 表';
    const { tree } = await renderMarkdown(section('statement', 3, `${escapeMarkdownText(printed)}\n`));
    expect(toText(select('p', tree)!)).toBe(`3.1${printed}`);
  });
});
