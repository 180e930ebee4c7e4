import { z } from 'astro/zod';
import { EDITIONS, type Edition } from '../editions';
import { parseRef } from '../../shared/references';
import type { SplitPage } from '../split/model';

const sectionSchema = z
  .object({
    number: z.number().int().nonnegative(),
    numeral: z.string().min(1).optional(),
    heading: z.string().min(1).optional(),
    blocks: z.array(z.object({ kind: z.enum(['paragraph', 'item']), text: z.string().min(1) }).strict()).min(1),
    sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    /** Translator's notes by paragraph reference. */
    notes: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();

const documentSchema = z
  .object({
    id: z.enum(['statement', 'report']),
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    byline: z.string().min(1).optional(),
    /** The printed continuation marker and its source line, where the document breaks off. */
    continuation: z
      .object({ marker: z.string().min(1), line: z.number().int().positive() })
      .strict()
      .optional(),
    sections: z.array(sectionSchema),
  })
  .strict();

/**
 * The text of one edition, in the shape every edition shares: the same documents, sections and
 * blocks in the same order, so that a paragraph reference means the same paragraph in each. The split
 * makes every edition's text and keeps it in the content model (src/lib/content/model.ts).
 */
export const editionTextSchema = z.object({ edition: z.enum(EDITIONS), documents: z.array(documentSchema) }).strict();

export type EditionText = z.infer<typeof editionTextSchema>;
export type EditionDocument = z.infer<typeof documentSchema>;
export type EditionSection = z.infer<typeof sectionSchema>;

/** The text of the paragraph a reference names, or undefined if the edition has no such paragraph. */
export function paragraphText(text: EditionText, ref: string): string | undefined {
  const parsed = parseRef(ref);
  if (!parsed) return undefined;
  return text.documents.find((document) => document.id === parsed.document)?.sections.find((section) => section.number === parsed.section)
    ?.blocks[parsed.paragraph - 1]?.text;
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
