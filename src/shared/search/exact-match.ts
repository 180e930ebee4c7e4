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

/** A short excerpt around the first span (UTF-16 offsets), the spans marked, with an ellipsis where text is left out. */
export function excerpt(text: string, spans: readonly Match[], radius = 36): ExcerptPart[] {
  const first = spans[0];
  const from = first ? Math.max(0, first.start - radius) : 0;
  const to = first ? Math.min(text.length, first.end + radius * 2) : Math.min(text.length, radius * 3);
  const parts: ExcerptPart[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, cursor);
    if (cursor < start) parts.push({ text: text.slice(cursor, start), hit: false });
    parts.push({ text: text.slice(start, Math.min(span.end, to)), hit: true });
    cursor = Math.min(span.end, to);
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < text.length) parts.push({ text: '…', hit: false });
  return parts;
}
