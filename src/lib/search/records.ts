import type { EditionText } from '../collections/edition-text';
import type { Edition } from '../editions';
import { paragraphId, paragraphRef } from '../references';
import { paths } from '../urls';
import type { DocumentId } from '../split/model';
import { indexTokens } from './tokens';

/**
 * Each edition has its own Pagefind bundle, so a search loads only its edition's index: the Chinese
 * editions indexed by character tokens (exact), the English one by words (stemmed).
 */
export type SearchBundle = Edition;

export interface SearchRecord {
  bundle: SearchBundle;
  url: string;
  content: string;
  language: string;
  meta: { title: string; ref: string; section: string; text: string };
}

/**
 * One search record per paragraph of every edition. Only the paragraph's own text is indexed:
 * reference numbers, glossary popovers, notes and navigation never reach a record.
 */
export function searchRecords(
  editions: readonly EditionText[],
  sectionLabel: (edition: Edition, document: DocumentId, section: number) => string,
  toSimplified: (text: string) => string,
): SearchRecord[] {
  return editions.flatMap(({ edition, documents }) =>
    documents.flatMap((document) =>
      document.sections.flatMap((section) =>
        section.blocks.map((block, index) => {
          const ref = paragraphRef(document.id, section.number, index + 1);
          const label = sectionLabel(edition, document.id, section.number);
          const chinese = edition !== 'en';
          return {
            bundle: edition,
            url: `${paths.section(edition, document.id, section.number)}#${paragraphId(document.id, section.number, index + 1)}`,
            content: chinese ? indexTokens(toSimplified(block.text)).join(' ') : block.text,
            language: chinese ? 'zh' : 'en',
            meta: { title: `${ref} ${label}`, ref, section: label, text: block.text },
          } satisfies SearchRecord;
        }),
      ),
    ),
  );
}
