import { z } from 'astro/zod';
import { fingerprintSchema } from '../fingerprints';

/**
 * The editorial layer's evidence, in content/editorial/: the copies of the published text the print
 * was collated against (witnesses), the collation log, and one entry per difference found.
 */

const ref = z.string().regex(/^R?\d+\.\d+$/u, 'a paragraph reference, e.g. 2.5 or R1.2');
const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

export const WITNESS_KINDS = ['official', 'news-reprint', 'aggregator'] as const;
/** The script of a witness's text: the Chinese of a copy, or the language of the official Russian text and its translations. */
export const WITNESS_SCRIPTS = ['simplified', 'traditional', 'ru', 'ja', 'sr', 'en'] as const;
export type WitnessScript = (typeof WITNESS_SCRIPTS)[number];

/**
 * What a witness page holds. this: a copy of the Chinese statement or report; russian: the official
 * Russian text of the statement, or a verbatim quotation of it; russian-translation: a translation of
 * the Russian text into another language (evidence of its sense at one remove); other: another
 * publication, cited in support of a conjecture.
 */
export const WITNESS_TEXTS = ['this', 'russian', 'russian-translation', 'other'] as const;
export type WitnessText = (typeof WITNESS_TEXTS)[number];

/**
 * An independent source: the one origin behind a group of witness pages. Copies on the sites of one
 * network of reposting sites are one source, however many pages carry them.
 */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u),
    name: bilingual,
    /** Why the member pages are taken to share this origin (or, for a group of one, why it stands alone). */
    evidence: z.string().min(1),
  })
  .strict();

/** A copy of a published text, found on the web. */
export const witnessSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[A-Za-z0-9]+)*$/u),
    url: z.string().url(),
    outlet: bilingual,
    /** official: a state outlet or its site; news-reprint: a news site reprinting the text; aggregator: a page that copies text among unrelated content. */
    kind: z.enum(WITNESS_KINDS),
    script: z.enum(WITNESS_SCRIPTS),
    text: z.enum(WITNESS_TEXTS).default('this'),
    /** The independent source (an id of `sources`) the page is a copy from. */
    source: z.string().min(1),
    description: z.string().min(1).optional(),
  })
  .strict();

/** witnesses.yaml: how the pages were grouped by origin, the groups, and the pages. */
export const witnessesFileSchema = z
  .object({
    /** The rule by which pages were grouped into independent sources. */
    grouping: z.string().min(1),
    sources: z.array(sourceSchema).min(1),
    witnesses: z.array(witnessSchema).min(1),
  })
  .strict();

/**
 * What kind of difference an entry is. The first six are defined by the two strings alone and are
 * checked against them (differenceShape in kinds.ts); the last two are the editors' judgement.
 */
export const DIFFERENCE_KINDS = [
  'wrong-character',
  'dropped-character',
  'extra-character',
  'doubled-character',
  'repeated-word',
  'punctuation',
  'garbled-passage',
  'different-wording',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

const citation = z.object({ witness: z.string().min(1), quote: z.string().min(1) }).strict();

/**
 * What the official Russian text says on a question of sense at this place: its wording (quoted
 * short), and which reading it bears out. It decides sense, never the Chinese wording.
 */
const russianSense = z
  .object({
    witnesses: z.array(citation).min(1),
    supports: z.enum(['reading', 'printed', 'undecided']),
    comment: bilingual,
  })
  .strict();

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
    /** Other publications that show what the reading refers to (an event, a person), each with its words. */
    context: z.array(citation).default([]),
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
    /** The official Russian text on the sense of the place, where it could be read. */
    russian: russianSense.optional(),
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

/**
 * The English of a statement paragraph compared with the official Russian text for sense (names,
 * figures, scope): the Russian wording found, quoted short, and what came of it. not-found: no
 * Russian wording of the paragraph could be reached; `note` says how it was looked for.
 */
export const russianComparisonSchema = z
  .object({
    compared: z.string().min(1),
    witnesses: z.array(citation).default([]),
    result: z.enum(['agrees', 'english-corrected', 'translator-note', 'not-found']),
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((entry, context) => {
    if ((entry.result === 'not-found') !== (entry.witnesses.length === 0))
      context.addIssue({ code: 'custom', path: ['witnesses'], message: 'Russian wording is quoted exactly when it was found' });
  });

/** The collation log: per paragraph (or title, heading, byline), what it was collated against and with what result. */
export const collationEntrySchema = z
  .object({
    ref: z.string().regex(/^(?:R?\d+\.\d+|title|R-title|R-subtitle|R\d-heading|R-byline)$/u),
    witnesses: z.array(z.object({ witness: z.string().min(1), covers: z.string().min(1) }).strict()),
    result: z.enum(['agrees', 'differs', 'no-witness']),
    note: z.string().min(1).optional(),
    /** For the statement: its English compared with the official Russian text. */
    russian: russianComparisonSchema.optional(),
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
export type Source = z.infer<typeof sourceSchema>;
export type RussianComparison = z.infer<typeof russianComparisonSchema>;
export type Difference = z.infer<typeof differenceSchema>;
export type WordingNote = z.infer<typeof wordingNoteSchema>;
export type CollationEntry = z.infer<typeof collationEntrySchema>;
export type CrossReference = z.infer<typeof crossReferenceSchema>;
