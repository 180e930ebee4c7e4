import type { Paragraph, Root } from 'mdast';
import { DATA, hastData } from '../shared/contracts';

/** The text of each paragraph remark-paragraph-refs addressed, by reference: a paragraph, or a list item's first paragraph. */
export function addressedParagraphs(tree: Root): Map<string, Paragraph> {
  const paragraphs = new Map<string, Paragraph>();
  for (const node of tree.children) {
    const blocks =
      node.type === 'list'
        ? node.children.map((item) => ({ ref: item.data?.hProperties?.[hastData(DATA.ref)], paragraph: item.children[0] }))
        : [{ ref: node.data?.hProperties?.[hastData(DATA.ref)], paragraph: node }];
    for (const { ref, paragraph } of blocks) {
      if (typeof ref === 'string' && paragraph?.type === 'paragraph') paragraphs.set(ref, paragraph);
    }
  }
  return paragraphs;
}
