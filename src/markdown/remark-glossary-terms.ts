import type { Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { createTermMatcher, type TermForm } from '../lib/glossary/term-matcher';
import { sectionFrontmatter } from './frontmatter';
import { markMatches } from './mark-matches';
import { CLASSES } from '../shared/contracts';

export interface GlossaryTermsOptions {
  /** The forms to mark in each edition, and whether they must be whole words. */
  dictionaries: Record<string, { forms: TermForm[]; wholeWords: boolean }>;
  /** The address of a glossary entry in an edition (the link a term is without JavaScript). */
  href: (edition: string, id: string) => string;
}

/** Notes by the editors are not part of the text, so terms in them are not marked. */
function isEditorialNote(node: unknown): boolean {
  const className = (node as { data?: { hProperties?: { className?: unknown } } }).data?.hProperties?.className;
  return Array.isArray(className) && className.includes(CLASSES.editorialNote);
}

/**
 * Marks every occurrence of a glossary term in a section's text as a link to its glossary entry,
 * `<a class="term" href="…/glossary/#id">`, the longest term winning where terms overlap. Text inside
 * links (the paragraph reference) and editorial notes is left alone.
 */
export default function remarkGlossaryTerms({ dictionaries, href }: GlossaryTermsOptions) {
  const matchers = new Map(
    Object.entries(dictionaries).map(([edition, { forms, wholeWords }]) => [edition, createTermMatcher(forms, { wholeWords })]),
  );
  return (tree: Root, file: VFile) => {
    const frontmatter = sectionFrontmatter(file);
    if (!frontmatter) return;
    const match = matchers.get(frontmatter.edition);
    if (!match) throw new Error(`remark-glossary-terms: no dictionary for edition ${frontmatter.edition}`);

    markMatches(
      tree,
      match,
      (segment) =>
        ({
          type: 'link',
          url: href(frontmatter.edition, segment.id),
          children: [{ type: 'text', value: segment.text }],
          data: { hProperties: { className: [CLASSES.term] } },
        }) satisfies Link,
      isEditorialNote,
    );
  };
}
