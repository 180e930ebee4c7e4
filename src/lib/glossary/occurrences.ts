import type { EditionText } from '../collections/edition-text';
import { paragraphIdOfRef, paragraphRef } from '../../shared/references';
import type { DocumentId } from '../split/model';
import type { Segment } from './term-matcher';

/** A paragraph where a glossary term is marked, and how many times. */
export interface Occurrence {
  ref: string;
  document: DocumentId;
  section: number;
  count: number;
}

/** An occurrence with its address in an edition: /edition/document/section/#id. */
export interface PlacedOccurrence extends Occurrence {
  href: string;
}

/** Occurrences with their addresses, given the address of a section. */
export function placeOccurrences(
  occurrences: Record<string, readonly Occurrence[]>,
  sectionPath: (document: DocumentId, section: number) => string,
): Map<string, PlacedOccurrence[]> {
  return new Map(
    Object.entries(occurrences).map(([id, list]) => [
      id,
      list.map(({ ref, document, section, count }) => ({
        ref,
        document,
        section,
        href: `${sectionPath(document, section)}#${paragraphIdOfRef(ref)}`,
        count,
      })),
    ]),
  );
}

/**
 * Where each glossary term of an edition is marked, paragraph by paragraph, in reading order: the same
 * term matcher the marking uses (remark-glossary-terms), run over the same stretches of text. The marks of
 * the editors' notes (`marked`: the printed strings of a paragraph, in the edition's script) divide a
 * paragraph's text, as they divide its Markdown, so a term across one is no more found than marked.
 */
export function termOccurrences(
  text: EditionText,
  match: (text: string) => Segment[],
  marked: (ref: string) => readonly string[] = () => [],
): Record<string, Occurrence[]> {
  const occurrences: Record<string, Occurrence[]> = {};
  for (const document of text.documents)
    for (const section of document.sections)
      section.blocks.forEach((block, index) => {
        const ref = paragraphRef(document.id, section.number, index + 1);
        for (const stretch of stretches(block.text, marked(ref)))
          for (const segment of match(stretch)) {
            if (!segment.id) continue;
            const list = (occurrences[segment.id] ??= []);
            const last = list.at(-1);
            if (last?.ref === ref) last.count += 1;
            else list.push({ ref, document: document.id, section: section.number, count: 1 });
          }
      });
  return occurrences;
}

/** A text cut where each marked string begins and ends. */
function stretches(text: string, marks: readonly string[]): string[] {
  let pieces = [text];
  for (const mark of marks)
    pieces = pieces.flatMap((piece) => {
      const at = piece.indexOf(mark);
      return at === -1 ? [piece] : [piece.slice(0, at), mark, piece.slice(at + mark.length)].filter((part) => part !== '');
    });
  return pieces;
}
