import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { createTermMatcher, type TermForm } from '../lib/glossary/term-matcher';
import { sectionFrontmatter } from './frontmatter';
import { markMatches } from './mark-matches';
import { CLASSES, DATA, hastData } from '../shared/contracts';

export interface AlignedTermsOptions {
  /** The forms to mark in each edition (src/lib/terminology.ts), and whether they must be whole words. */
  dictionaries: Record<string, { forms: TermForm[]; wholeWords: boolean }>;
}

/**
 * Marks the fixed renderings of the terminology table in a section's text, `<span class="aligned"
 * data-align="two-sides">`, the longest form winning, in any case. The marks only say which words
 * render which: they are neither links nor popovers, and say nothing to a screen reader. Text inside
 * links (glossary terms, which align by their entry, and the paragraph reference) is left alone.
 * Runs after remark-glossary-terms.
 */
export default function remarkAlignedTerms({ dictionaries }: AlignedTermsOptions) {
  const matchers = new Map(
    Object.entries(dictionaries).map(([edition, { forms, wholeWords }]) => [
      edition,
      createTermMatcher(forms, { wholeWords, ignoreCase: true }),
    ]),
  );
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    if (!frontmatter) return;
    const match = matchers.get(frontmatter.edition);
    if (!match) throw new Error(`remark-aligned-terms: no dictionary for edition ${frontmatter.edition}`);

    markMatches(tree, match, (segment) => ({
      type: 'emphasis',
      children: [{ type: 'text', value: segment.text }],
      data: { hName: 'span', hProperties: { className: [CLASSES.aligned], [hastData(DATA.align)]: segment.id } },
    }));
  };
}
