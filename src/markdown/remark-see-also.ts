import type { Emphasis, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Element } from 'hast';
import { addressedParagraphs } from './addressed-paragraphs';
import { sectionFrontmatter } from './frontmatter';

export interface SeeAlsoOptions {
  /** The "see also" line of each linked paragraph, by edition and reference (src/lib/editorial/see-also.ts). */
  lines: Record<string, ReadonlyMap<string, Element>>;
}

/**
 * Ends each paragraph the editors tied to the other document with its "see also" line: the report's
 * paragraphs link to the statement's, and the statement's back to the report's. Runs after
 * remark-paragraph-refs, whose references it uses to find the paragraph.
 */
export default function remarkSeeAlso({ lines }: SeeAlsoOptions) {
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    if (!frontmatter) return;
    const edition = lines[frontmatter.edition];
    if (!edition) throw new Error(`remark-see-also: no lines for edition ${frontmatter.edition}`);
    for (const [ref, paragraph] of addressedParagraphs(tree)) {
      const line = edition.get(ref);
      if (!line) continue;
      const node: Emphasis = {
        type: 'emphasis',
        children: [],
        data: { hName: line.tagName, hProperties: line.properties, hChildren: line.children },
      };
      paragraph.children.push(node);
    }
  };
}
