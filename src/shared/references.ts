import type { DocumentId } from '../lib/split/model';

/**
 * The paragraph reference scheme, the same in every edition:
 * statement paragraphs are "section.paragraph" (2.5 = section 二, paragraph 5; section 0 is the
 * preamble), report paragraphs carry an R (R1.2 = the report's first part, paragraph 2; R0 is the
 * lead). The element id is the reference with letters only: p2-5, r1-2.
 */
export function paragraphRef(document: DocumentId, section: number, paragraph: number): string {
  return `${document === 'report' ? 'R' : ''}${section}.${paragraph}`;
}

export function paragraphId(document: DocumentId, section: number, paragraph: number): string {
  return `${document === 'report' ? 'r' : 'p'}${section}-${paragraph}`;
}

/** Orders references as the text does: the statement (0.1, 0.2, 1.1 … 5.16), then the report (R0.1 …). */
export function compareRefs(a: string, b: string): number {
  const key = (ref: string) => {
    const [, report = '', section = '0', paragraph = '0'] = /^(R?)(\d+)\.(\d+)$/u.exec(ref) ?? [];
    return [report ? 1 : 0, Number(section), Number(paragraph)] as const;
  };
  const [x, y] = [key(a), key(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** A reference read back: 2.5 → the statement, section 2, paragraph 5; R1.2 → the report, part 1, paragraph 2. */
export function parseRef(ref: string): { document: DocumentId; section: number; paragraph: number } | undefined {
  const match = /^(R?)(\d+)\.(\d+)$/u.exec(ref);
  if (!match) return undefined;
  return { document: match[1] ? 'report' : 'statement', section: Number(match[2]), paragraph: Number(match[3]) };
}

/** The element id of the paragraph a reference names: 2.5 → p2-5, R1.2 → r1-2. */
export function paragraphIdOfRef(ref: string): string {
  const parsed = parseRef(ref);
  if (!parsed) throw new Error(`not a paragraph reference: ${ref}`);
  return paragraphId(parsed.document, parsed.section, parsed.paragraph);
}
