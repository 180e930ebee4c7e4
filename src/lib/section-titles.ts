import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Edition } from './editions';
import { toTraditional } from './traditional';

export interface SectionTitle {
  id: string;
  zh: string;
  en: string;
}

export const SECTION_TITLES_FILE = 'content/editorial/section-titles.yaml';

/** The editors' section titles, for code that runs outside Astro's content collections (scripts, endpoints). */
export function loadSectionTitles(): Map<string, SectionTitle> {
  const titles: SectionTitle[] = parse(readFileSync(join(process.cwd(), SECTION_TITLES_FILE), 'utf8'));
  return new Map(titles.map((title) => [title.id, title]));
}

/** An editors' title in an edition's language and script: English, or the Chinese converted to Traditional. */
export function sectionTitleIn(edition: Edition, title: Pick<SectionTitle, 'zh' | 'en'>): string {
  return edition === 'en' ? title.en : edition === 'zh-hant' ? toTraditional(title.zh) : title.zh;
}
