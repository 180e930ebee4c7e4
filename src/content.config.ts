import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { EDITIONS } from './lib/editions';
import { LAYOUT_RULES } from './lib/split/model';

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

/** Document-level text of each edition: title, subtitle, byline and where the source breaks off. */
const documents = defineCollection({
  loader: glob({ pattern: '*/*.json', base: './content/split' }),
  schema: z
    .object({
      document: documentId,
      edition: z.enum(EDITIONS),
      title: z.string().min(1),
      subtitle: z.string().min(1).optional(),
      byline: z.string().min(1).optional(),
      continuation: z.object({ marker: z.string().min(1), line: z.number().int().positive() }).strict().optional(),
      sections: z.array(z.number().int().nonnegative()).min(1),
    })
    .strict(),
});

/** Section titles added by the editors where print has none. */
const sectionTitles = defineCollection({
  loader: file('content/editorial/section-titles.yaml'),
  schema: z.object({ id: z.string().regex(/^(statement|report)\/\d+$/), zh: z.string().min(1), en: z.string().min(1) }).strict(),
});

/** The page-level record of the split: the source file and the layout repairs made by rule. */
const splitRecord = defineCollection({
  loader: file('content/split/page.json', { parser: (text) => [{ id: 'page', ...JSON.parse(text) }] }),
  schema: z.object({
    source: z.string(),
    repairs: z.array(z.object({ rule: z.enum(LAYOUT_RULES), lines: z.array(z.number().int()), description: z.string() }).strict()),
  }),
});

export const collections = { sections, documents, sectionTitles, splitRecord };
