import type { Occurrence } from './occurrences';

export interface ChartColumn {
  label: string;
  document: string;
  section: number;
  /** Paragraphs of the section in which the term occurs. */
  paragraphs: number;
}

/** One column per section of both documents, in reading order, counting the paragraphs that name the term. */
export function occurrenceColumns(
  sections: readonly { document: string; section: number; numeral?: string | undefined }[],
  occurrences: readonly Occurrence[],
): ChartColumn[] {
  return sections.map(({ document, section, numeral }) => ({
    label: document === 'report' ? `R${section}` : (numeral ?? String(section)),
    document,
    section,
    paragraphs: occurrences.filter((o) => o.document === document && o.section === section).length,
  }));
}
