export const MAX_QUERY_LENGTH = 100;

/** What is searched for: no double quotes (Pagefind's phrase syntax), single spaces, at most MAX_QUERY_LENGTH characters. */
export function cleanQuery(raw: string): string {
  return [...raw.replace(/["“”]/gu, ' ').replace(/\s+/gu, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** A query with Chinese characters or full-width punctuation is matched exactly against the Chinese text; any other against the English translation. */
export function isChineseQuery(query: string): boolean {
  return /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u2014\u201c\u201d]/u.test(query);
}
