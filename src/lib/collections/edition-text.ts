import type { Edition } from '../editions';
import { parseRef } from '../references';
import type { BlockKind, DocumentId, SplitPage } from '../split/model';

/**
 * The text of one edition, in the shape every edition shares: the same documents, sections and
 * blocks in the same order, so that a paragraph reference means the same paragraph in each.
 */
export interface EditionText {
  edition: Edition;
  documents: EditionDocument[];
}

export interface EditionDocument {
  id: DocumentId;
  title: string;
  subtitle?: string;
  byline?: string;
  /** The printed continuation marker and its source line, where the document breaks off. */
  continuation?: { marker: string; line: number };
  sections: EditionSection[];
}

export interface EditionSection {
  number: number;
  numeral?: string;
  heading?: string;
  blocks: { kind: BlockKind; text: string }[];
  sourceLines: [number, number];
  /** Translator's notes by paragraph reference. */
  notes?: Record<string, string>;
}

/** The text of the paragraph a reference names, or undefined if the edition has no such paragraph. */
export function paragraphText(text: EditionText, ref: string): string | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  return text.documents.find((document) => document.id === parsed.document)?.sections.find((section) => section.number === parsed.section)?.blocks[parsed.paragraph - 1]?.text;
}

/** The printed (Simplified Chinese) edition, straight from the split page. */
export function printedEdition(page: SplitPage): EditionText {
  return {
    edition: 'zh-hans',
    documents: page.documents.map((document) => ({
      id: document.id,
      title: document.title.text,
      ...(document.subtitle && { subtitle: document.subtitle.text }),
      ...(document.byline && { byline: document.byline.text }),
      ...(document.continuation && { continuation: { marker: document.continuation.text, line: document.continuation.lines[0]! } }),
      sections: document.sections.map((section) => {
        const lines = section.blocks.flatMap((block) => block.lines);
        return {
          number: section.number,
          ...(section.numeral && { numeral: section.numeral.text }),
          ...(section.heading && { heading: section.heading.text }),
          blocks: section.blocks.map(({ kind, text }) => ({ kind, text })),
          sourceLines: [Math.min(...lines), Math.max(...lines)] as [number, number],
        };
      }),
    })),
  };
}

/** The same edition with every piece of text passed through `convert` (for a change of script). */
export function mapEditionText(text: EditionText, edition: Edition, convert: (text: string) => string): EditionText {
  return {
    edition,
    documents: text.documents.map((document) => ({
      ...document,
      title: convert(document.title),
      ...(document.subtitle !== undefined && { subtitle: convert(document.subtitle) }),
      ...(document.byline !== undefined && { byline: convert(document.byline) }),
      sections: document.sections.map((section) => ({
        ...section,
        ...(section.numeral !== undefined && { numeral: convert(section.numeral) }),
        ...(section.heading !== undefined && { heading: convert(section.heading) }),
        blocks: section.blocks.map((block) => ({ ...block, text: convert(block.text) })),
      })),
    })),
  };
}
