import { z } from 'astro/zod';
import type { Edition } from './editions';
import { readYaml } from './read-yaml';
import { toTraditionalInterface } from './traditional-interface';

export const SECTION_TITLES_FILE = 'content/editorial/section-titles.yaml';

/** A title the editors give a section that print leaves without words (always shown as the editors'). */
export const sectionTitleSchema = z
  .object({ id: z.string().regex(/^(statement|report)\/\d+$/u), zh: z.string().min(1), en: z.string().min(1) })
  .strict();

export type SectionTitle = z.infer<typeof sectionTitleSchema>;

/** The editors' section titles by "document/section", e.g. "statement/1". */
export function loadSectionTitles(): Map<string, SectionTitle> {
  return new Map(readYaml(SECTION_TITLES_FILE, z.array(sectionTitleSchema)).map((title) => [title.id, title]));
}

/** An editors' title in an edition's language and script: English, or the Chinese, in the Traditional edition as the site writes its own words. */
export function sectionTitleIn(edition: Edition, title: Pick<SectionTitle, 'zh' | 'en'>): string {
  return edition === 'en' ? title.en : edition === 'zh-hant' ? toTraditionalInterface(title.zh) : title.zh;
}
