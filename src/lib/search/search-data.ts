/**
 * What the search reads, built once per build from what the split wrote: one Pagefind record per
 * paragraph, indexed by tokens no word splitter changes (Chinese characters, English word keys),
 * and one file of paragraph texts per script, against which the browser checks every candidate the
 * index proposes. A result is always one paragraph, the same in every edition.
 */
import type { EditionText } from '../collections/edition-text';
import { paragraphRef } from '../../shared/references';
import { encodeLexicon, englishIndexTokens, type Lexicon } from '../../shared/search/english';
import { characterTokens } from '../../shared/search/tokens';
import type { SearchTexts } from '../../shared/contracts';

export interface SearchRecord {
  /** Not an address: the paragraph's reference, which the search turns into the address of the reader's edition. */
  url: string;
  content: string;
  language: string;
}

/** Every paragraph of an edition, in reading order, with its reference. */
export function paragraphsOf({ documents }: EditionText): { ref: string; text: string }[] {
  return documents.flatMap((document) =>
    document.sections.flatMap((section) =>
      section.blocks.map((block, index) => ({ ref: paragraphRef(document.id, section.number, index + 1), text: block.text })),
    ),
  );
}

/**
 * One record per paragraph: its Chinese characters (of the Simplified text, so both scripts find
 * it) and the keys of its English words. Only the paragraph's own text is indexed: reference numbers,
 * notes and navigation never reach a record.
 */
export function searchRecords(simplified: EditionText, english: EditionText, lexicon: Lexicon): SearchRecord[] {
  const englishByRef = new Map(paragraphsOf(english).map((paragraph) => [paragraph.ref, paragraph.text]));
  return paragraphsOf(simplified).map(({ ref, text }) => ({
    url: `/${ref}`,
    content: [...characterTokens(text), ...englishIndexTokens(englishByRef.get(ref) ?? '', lexicon)].join(' '),
    language: 'zh',
  }));
}

/** The texts of one edition's script, each paragraph with the index's id for it. */
export function searchTexts(edition: EditionText, idByRef: ReadonlyMap<string, string>, lexicon?: Lexicon): SearchTexts {
  return {
    script: edition.edition,
    paragraphs: paragraphsOf(edition).map(({ ref, text }) => {
      const id = idByRef.get(ref);
      if (id === undefined) throw new Error(`the search index has no record of paragraph ${ref}`);
      return { ref, id, text };
    }),
    ...(lexicon && { lexicon: encodeLexicon(lexicon) }),
  };
}
