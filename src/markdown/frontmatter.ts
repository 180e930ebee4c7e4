import type { VFile } from 'vfile';
import type { DocumentId } from '../lib/split/model';

export interface SectionFrontmatter {
  document: DocumentId;
  edition: string;
  section: number;
}

/** The section frontmatter Astro passes to Markdown plugins, or undefined for other Markdown. */
export function sectionFrontmatter(file: VFile): SectionFrontmatter | undefined {
  const frontmatter = (file.data.astro as { frontmatter?: Partial<SectionFrontmatter> } | undefined)?.frontmatter;
  if (!frontmatter?.document || frontmatter.section === undefined || !frontmatter.edition) return undefined;
  return frontmatter as SectionFrontmatter;
}
