import type { Link, ListItem, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { format } from '../shared/format';
import { paragraphId, paragraphRef } from '../shared/references';
import { sectionFrontmatter } from './frontmatter';
import { CLASSES, DATA, hastData } from '../shared/contracts';

export interface ParagraphRefsOptions {
  /** The accessible name of a paragraph's reference link, by edition; {ref} stands for the reference. */
  linkLabel: Record<string, string>;
}

/**
 * Gives every paragraph and list item of a section its permanent address: an id, its reference
 * as data-ref, and a visible reference number that links to itself. Paragraphs are numbered in
 * order, list items counting as paragraphs, so the same reference means the same paragraph in every
 * edition. Files without section frontmatter are left alone.
 */
export default function remarkParagraphRefs(options: ParagraphRefsOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    if (!frontmatter) return;
    const { document, section, edition } = frontmatter;
    const label = options.linkLabel[edition];
    if (!label) throw new Error(`remark-paragraph-refs: no link label for edition ${edition}`);

    let count = 0;
    const address = (node: Paragraph | ListItem, firstParagraph: Paragraph) => {
      count += 1;
      const ref = paragraphRef(document, section, count);
      const id = paragraphId(document, section, count);
      node.data = { ...node.data, hProperties: { id, className: ['para'], [hastData(DATA.ref)]: ref } };
      const link: Link = {
        type: 'link',
        url: `#${id}`,
        children: [{ type: 'text', value: ref }],
        data: { hProperties: { className: [CLASSES.ref], ariaLabel: format(label, { ref }) } },
      };
      firstParagraph.children.unshift(link);
    };

    for (const node of tree.children) {
      if (node.type === 'paragraph') address(node, node);
      if (node.type === 'list') {
        for (const item of node.children) {
          const first = item.children[0];
          if (first?.type !== 'paragraph')
            throw new Error(`remark-paragraph-refs: a list item in ${document} ${section} does not start with text`);
          address(item, first);
        }
      }
    }
  };
}
