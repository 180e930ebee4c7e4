import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { EDITIONS } from './lib/editions';

const documentId = z.enum(['statement', 'report']);

/** One Markdown file per section and edition, written by scripts/split.ts from the source. */
const sections = defineCollection({
  loader: glob({ pattern: '*/*/*.md', base: './content/split' }),
  schema: z
    .object({
      document: documentId,
      edition: z.enum(EDITIONS),
      section: z.number().int().nonnegative(),
      numeral: z.string().min(1).optional(),
      heading: z.string().min(1).optional(),
      paragraphs: z.number().int().positive(),
      sourceLines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
      notes: z.record(z.string(), z.string().min(1)).optional(),
    })
    .strict(),
});

export const collections = { sections };
