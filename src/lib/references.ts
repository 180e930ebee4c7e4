import type { DocumentId } from './split/model';

/**
 * The paragraph reference scheme, the same in every edition:
 * statement paragraphs are "section.paragraph" (2.5 = section 二, paragraph 5; section 0 is the
 * preamble), report paragraphs carry an R (R1.2 = the report's first part, paragraph 2; R0 is the
 * lead). The element id is the reference with letters only: p2-5, r1-2.
 */
export function paragraphRef(document: DocumentId, section: number, paragraph: number): string {
  return `${document === 'report' ? 'R' : ''}${section}.${paragraph}`;
}

export function paragraphId(document: DocumentId, section: number, paragraph: number): string {
  return `${document === 'report' ? 'r' : 'p'}${section}-${paragraph}`;
}

export function sectionPath(edition: string, document: DocumentId, section: number): string {
  return `/${edition}/${document}/${section}/`;
}
