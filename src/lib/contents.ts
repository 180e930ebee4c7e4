import { paragraphRef } from '../shared/references';
import type { DocumentId } from './split/model';

export const DOCUMENT_ORDER: readonly DocumentId[] = ['statement', 'report'];

export interface SectionSummary {
  document: DocumentId;
  section: number;
  paragraphs: number;
}

/** Sections in reading order: the statement before the report, each in print order. */
export function inReadingOrder<T extends SectionSummary>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => DOCUMENT_ORDER.indexOf(a.document) - DOCUMENT_ORDER.indexOf(b.document) || a.section - b.section);
}

/** The previous and next section within the same document. */
export function neighbours<T extends SectionSummary>(sections: readonly T[], current: SectionSummary) {
  const ofDocument = inReadingOrder(sections.filter((section) => section.document === current.document));
  const index = ofDocument.findIndex((section) => section.section === current.section);
  if (index === -1) throw new Error(`no section ${current.document} ${current.section}`);
  return { previous: ofDocument[index - 1], next: ofDocument[index + 1] };
}

/** The references of a section's first and last paragraph, e.g. "1.1–1.10". */
export function paragraphRange({ document, section, paragraphs }: SectionSummary): string {
  const first = paragraphRef(document, section, 1);
  return paragraphs === 1 ? first : `${first}–${paragraphRef(document, section, paragraphs)}`;
}
