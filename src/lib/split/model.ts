/**
 * The text model, after Sefaria's: a document has sections, a section has paragraphs, and one
 * reference (for example 2.5) addresses the same paragraph in every edition.
 */

/** A piece of printed text with the source lines it came from. */
export interface PrintedText {
  text: string;
  /** 1-based source line numbers, in order (more than one where a broken paragraph was rejoined). */
  lines: number[];
}

export type BlockKind = 'paragraph' | 'item';

/** A paragraph, or an item of a listed series (printed with a leading ——). */
export interface Block extends PrintedText {
  kind: BlockKind;
}

export interface Section {
  /** 0 for the unnumbered opening (preamble or lead), then 1, 2, 3 … in print order. */
  number: number;
  /** The Chinese numeral printed as the section's heading (statement sections), if any. */
  numeral?: PrintedText;
  /** The subheading printed above the section (report parts), if any. */
  heading?: PrintedText;
  blocks: Block[];
}

export type DocumentId = 'statement' | 'report';

export interface PrintedDocument {
  id: DocumentId;
  title: PrintedText;
  subtitle?: PrintedText;
  byline?: PrintedText;
  sections: Section[];
  /** Where the document breaks off in this source, with the printed continuation marker. */
  continuation?: PrintedText;
}

/** A layout artifact of the printed page that the splitter repaired, named by its rule. */
export interface LayoutRepair {
  rule: LayoutRule;
  lines: number[];
  description: string;
}

export const LAYOUT_RULES = ['column-break', 'displaced-headline', 'continuation-marker'] as const;
export type LayoutRule = (typeof LAYOUT_RULES)[number];

export interface SplitPage {
  documents: PrintedDocument[];
  repairs: LayoutRepair[];
}
