import { z } from 'astro/zod';

export const GLOSSARY_KINDS = ['person', 'organisation', 'treaty', 'document', 'initiative', 'formula', 'event', 'place'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** One glossary entry, as written in content/glossary/terms.yaml. */
export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'an id is lowercase ASCII words joined by hyphens'),
    kind: z.enum(GLOSSARY_KINDS),
    // Book-title marks around a term stay outside it (联合国宪章 in 《联合国宪章》); a name may contain a title.
    term: z
      .string()
      .min(1)
      .regex(/^[^《》](?:.*[^《》])?$/u, 'a term does not begin or end with 《》'),
    forms: z.array(z.string().min(1)).optional(),
    /** Where the print misprints the term: the form the published text has (see the apparatus); the pinyin and English follow it. */
    published: z.string().min(1).optional(),
    en: z.string().min(1),
    enForms: z.array(z.string().min(1)).optional(),
    ru: z.string().min(1).optional(),
    /** The entry's usual abbreviations in any script (UN, ООН, 上合组织): names the search finds it by. */
    abbreviations: z.array(z.string().min(1)).optional(),
    /** Other institutions with a name like this entry's, which it must not be taken for: named here, never in the explanations. */
    distinctFrom: z
      .array(
        z
          .object({
            zh: z.string().min(1),
            en: z.string().min(1),
            ru: z.string().min(1).optional(),
            note: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
          })
          .strict(),
      )
      .optional(),
    pinyin: z.string().min(1).optional(),
    explanation: z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict(),
    related: z.array(z.string()),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
