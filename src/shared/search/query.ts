export const MAX_QUERY_LENGTH = 100;

/** What is searched for: single spaces, at most MAX_QUERY_LENGTH characters. Quotation marks stay: they make an English phrase. */
export function cleanQuery(raw: string): string {
  return [...raw.replace(/\s+/gu, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * A query with Chinese characters or full-width punctuation, or with nothing but punctuation (——, 《》),
 * is matched exactly against the Chinese text; a query in Latin letters or digits against the English.
 */
export function isChineseQuery(query: string): boolean {
  return /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u.test(query) || !/[\p{L}\p{N}]/u.test(query);
}

/** A Chinese query as it is matched: without ASCII quotation marks, which the Chinese text does not use, or curly ones around the whole query. */
export function chineseQueryText(query: string): string {
  return query
    .replace(/"/gu, '')
    .replace(/^“(.*)”$/u, '$1')
    .trim();
}
