/**
 * A query that is a reference leads straight to it: a paragraph (2.5, R1.2, 5.16) or a section (三,
 * III or 3 for the statement's section 三; R2 for the report's second part; 0 or R0 for the preamble
 * or the lead).
 */
import { parseChineseNumeral } from '../chinese-numerals';
import { parseRef } from '../references';
import type { DocumentId } from '../../lib/split/model';

export type ReferenceQuery =
  { kind: 'paragraph'; ref: string; document: DocumentId; section: number } | { kind: 'section'; document: DocumentId; section: number };

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

export function parseReferenceQuery(raw: string): ReferenceQuery | undefined {
  const query = raw.trim().replace(/^§\s*/u, '').replace(/^r/u, 'R');
  const paragraph = parseRef(query);
  if (paragraph) return { kind: 'paragraph', ref: query, document: paragraph.document, section: paragraph.section };
  const report = /^R(\d+)$/u.exec(query);
  if (report) return { kind: 'section', document: 'report', section: Number(report[1]) };
  if (/^\d+$/u.test(query)) return { kind: 'section', document: 'statement', section: Number(query) };
  const roman = ROMAN[query.toUpperCase()];
  if (roman !== undefined && /^[IVXivx]+$/u.test(query)) return { kind: 'section', document: 'statement', section: roman };
  const numeral = parseChineseNumeral(query);
  if (numeral !== undefined) return { kind: 'section', document: 'statement', section: numeral };
  return undefined;
}
