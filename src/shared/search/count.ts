/**
 * What the search's count line says. The results are the paragraphs whose text matches the query and
 * the paragraphs where a glossary entry it names occurs; where the two differ, the line says which it
 * counted: "12 paragraphs contain 联合国; the entry United Nations occurs in 9", or, where the entry adds
 * paragraphs that name it otherwise, "5 paragraphs mention 联合国安理会 (also as 安理会)".
 */
import type { SearchHit } from './engine';
import type { SearchName } from './names';

export interface CountSummary {
  /** How the total is counted: paragraphs that contain (match) the query, or that mention a named entry by any of its names. */
  verb: 'contain' | 'mention';
  total: number;
  /** The other names by which the named entries were found in the results, as the paragraphs write them. */
  alsoAs: string[];
  /** The named entries whose occurrences in the results are fewer than the total, with their count. */
  entries: { id: string; count: number }[];
}

export function countSummary(
  hits: readonly Pick<SearchHit, 'ref' | 'words'>[],
  textRefs: ReadonlySet<string>,
  entries: readonly Pick<SearchName, 'id' | 'refs'>[],
  script: SearchHit['script'],
): CountSummary {
  const byEntry = hits.filter((hit) => !textRefs.has(hit.ref));
  const alsoAs = [...new Set(byEntry.flatMap((hit) => hit.words))];
  return {
    verb: byEntry.length > 0 ? 'mention' : 'contain',
    total: hits.length,
    alsoAs,
    entries: entries
      .map((entry) => {
        const refs = new Set(entry.refs[script]);
        return { id: entry.id, count: hits.filter((hit) => refs.has(hit.ref)).length };
      })
      .filter((entry) => entry.count < hits.length),
  };
}
