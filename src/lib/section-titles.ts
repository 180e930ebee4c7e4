import { z } from 'astro/zod';
import type { Edition } from './editions';
import { readYaml } from './read-yaml';

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

/** An editors' title in an edition's language: English, or the Chinese as the edition writes the site's own words (`toWords`). */
export function sectionTitleIn(edition: Edition, title: Pick<SectionTitle, 'zh' | 'en'>, toWords: (simplified: string) => string): string {
  return edition === 'en' ? title.en : toWords(title.zh);
}

/** Whether the editors' titles name every section that print leaves without words, and no other, each in Chinese and English. */
export function sectionTitleProblems(titles: readonly SectionTitle[], unnamed: readonly string[]): string[] {
  const problems: string[] = [];
  const ids = titles.map((title) => title.id);
  if ([...ids].sort().join(' ') !== [...unnamed].sort().join(' '))
    problems.push(`${SECTION_TITLES_FILE}: the titles are not those of the sections print leaves without words (${unnamed.join(', ')})`);
  for (const title of titles) {
    if (!/\p{Script=Han}/u.test(title.zh)) problems.push(`${SECTION_TITLES_FILE}: ${title.id} has no Chinese title`);
    if (!/^[A-Z][^\p{Script=Han}]+$/u.test(title.en)) problems.push(`${SECTION_TITLES_FILE}: ${title.id} has no English title`);
  }
  return problems;
}
