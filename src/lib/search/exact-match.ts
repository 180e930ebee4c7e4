/**
 * Exact matching of a Chinese query against a paragraph, whatever the script of either: both are
 * mapped character by character to Simplified, so positions in the mapped text are positions in the
 * paragraph as shown.
 */
export type ScriptTable = Readonly<Record<string, string>>;

export interface Match {
  /** Start and end, in characters (code points) of the paragraph as shown. */
  start: number;
  end: number;
}

export function toSimplifiedCharacters(text: string, table: ScriptTable): string[] {
  return [...text].map((character) => table[character] ?? character);
}

/** Every occurrence of the query in the text, white space in the query ignored. */
export function findMatches(text: string, query: string, table: ScriptTable): Match[] {
  const haystack = toSimplifiedCharacters(text, table);
  const needle = toSimplifiedCharacters(query.replace(/\s+/gu, ''), table);
  if (needle.length === 0) return [];
  const matches: Match[] = [];
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((character, offset) => haystack[start + offset] === character)) {
      matches.push({ start, end: start + needle.length });
      start += needle.length - 1;
    }
  }
  return matches;
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** A short excerpt around the first match, the matches marked, with an ellipsis where text is left out. */
export function excerpt(text: string, matches: readonly Match[], radius = 36): ExcerptPart[] {
  const characters = [...text];
  const first = matches[0];
  const from = first ? Math.max(0, first.start - radius) : 0;
  const to = first ? Math.min(characters.length, first.end + radius * 2) : Math.min(characters.length, radius * 3);
  const parts: ExcerptPart[] = [];
  let cursor = from;
  for (const match of matches) {
    if (match.end <= from || match.start >= to) continue;
    const start = Math.max(match.start, from);
    if (cursor < start) parts.push({ text: characters.slice(cursor, start).join(''), hit: false });
    parts.push({ text: characters.slice(start, Math.min(match.end, to)).join(''), hit: true });
    cursor = Math.min(match.end, to);
  }
  if (cursor < to) parts.push({ text: characters.slice(cursor, to).join(''), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < characters.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** The text of the first match as the paragraph shows it, e.g. 聯合國憲章 for the query 联合国宪章. */
export function matchedText(text: string, match: Match): string {
  return [...text].slice(match.start, match.end).join('');
}
