import { z } from 'astro/zod';
import { fingerprintSchema } from '../fingerprints';

/**
 * The editorial layer's evidence, in content/editorial/: the copies of the published text the print
 * was collated against (witnesses), the collation log, and one entry per difference found.
 */

const ref = z.string().regex(/^R?\d+\.\d+$/u, 'a paragraph reference, e.g. 2.5 or R1.2');
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const WITNESS_KINDS = ['official', 'news-reprint', 'aggregator'] as const;

/** A copy of a published text, found on the web. */
export const witnessSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[A-Za-z0-9]+)*$/u),
    url: z.string().url(),
    outlet: bilingual,
    /** official: a state outlet or its site; news-reprint: a news site reprinting the text; aggregator: a page that copies text among unrelated content. */
    kind: z.enum(WITNESS_KINDS),
    script: z.enum(['simplified', 'traditional']),
    /** this: a copy of the statement or the report; other: another publication, cited in support of a conjecture. */
    text: z.enum(['this', 'other']).default('this'),
    description: z.string().min(1).optional(),
  })
  .strict();

export const DIFFERENCE_KINDS = [
  'wrong-character',
  'dropped-character',
  'doubled-character',
  'extra-character',
  'garbled-passage',
  'different-wording',
] as const;

const citation = z.object({ witness: z.string().min(1), quote: z.string().min(1) }).strict();

/** One place where the print differs from the published text, or, with no witness, from what the editors conjecture. */
export const differenceSchema = z
  .object({
    /** A stable address, the paragraph's id and a letter: p1-3a, r1-1a. */
    id: z.string().regex(/^[pr]\d+-\d+[a-z]$/u),
    ref,
    /** The printed string, exactly once in the paragraph; it is marked there. */
    printed: z.string().min(1),
    /** The same place in the published text (basis: published) or as the editors conjecture it (basis: conjecture). */
    reading: z.string().min(1),
    basis: z.enum(['published', 'conjecture']),
    kind: z.enum(DIFFERENCE_KINDS),
    changesMeaning: z.boolean(),
    /** Copies of the published text that have the reading, each with its wording around the place. */
    witnesses: z.array(citation).default([]),
    /** For a conjecture: other publications that support it (not copies of this text). */
    sources: z.array(citation).default([]),
    /** What the English translates, and the English words that show it. */
    translation: z
      .object({
        follows: z.enum(['published', 'printed', 'conjecture']),
        /** Words of the paragraph's English that render the reading followed. */
        renders: z.string().min(1).optional(),
        /** Words that would render the other reading, which the English must not have. */
        rejects: z.string().min(1).optional(),
      })
      .strict(),
    comment: bilingual,
    fingerprint: fingerprintSchema.optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    if (entry.basis === 'published' && entry.witnesses.length === 0)
      context.addIssue({ code: 'custom', path: ['witnesses'], message: 'a reading of the published text needs at least one witness' });
    if (entry.basis === 'conjecture' && entry.witnesses.length > 0)
      context.addIssue({
        code: 'custom',
        path: ['witnesses'],
        message: 'a conjecture has no witness of the published text (give supporting publications as sources)',
      });
    if (entry.basis === 'published' && entry.sources.length > 0)
      context.addIssue({ code: 'custom', path: ['sources'], message: 'sources are for conjectures; a published reading cites witnesses' });
    if (entry.printed === entry.reading)
      context.addIssue({ code: 'custom', path: ['reading'], message: 'the reading must differ from the print' });
  });

/** A note on a wording that looks wrong but is what the published text has. */
export const wordingNoteSchema = z
  .object({
    ref,
    printed: z.string().min(1),
    witnesses: z.array(citation).min(1),
    comment: bilingual,
    fingerprint: fingerprintSchema.optional(),
  })
  .strict();

/** The collation log: per paragraph (or title, heading, byline), what it was collated against and with what result. */
export const collationEntrySchema = z
  .object({
    ref: z.string().regex(/^(?:R?\d+\.\d+|title|R-title|R-subtitle|R\d-heading|R-byline)$/u),
    witnesses: z.array(z.object({ witness: z.string().min(1), covers: z.string().min(1) }).strict()),
    result: z.enum(['agrees', 'differs', 'no-witness']),
    note: z.string().min(1).optional(),
  })
  .strict();

/** A theme of the report tied to the statement paragraph(s) it bears on, with the reason in both languages. */
export const crossReferenceSchema = z
  .object({
    report: z.string().regex(/^R\d+\.\d+$/u, 'a paragraph of the report, e.g. R2.3'),
    statement: z.array(z.string().regex(/^\d+\.\d+$/u, 'a paragraph of the statement, e.g. 4.8')).min(1),
    reason: bilingual,
  })
  .strict();

export type Witness = z.infer<typeof witnessSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type WordingNote = z.infer<typeof wordingNoteSchema>;
export type CollationEntry = z.infer<typeof collationEntrySchema>;
export type CrossReference = z.infer<typeof crossReferenceSchema>;
