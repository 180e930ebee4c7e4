/**
 * The words of the search index. Pagefind splits Chinese into words, and the words it finds in a
 * paragraph and in a query do not always agree (联合国安理会 can be indexed as 联合|国安|理会, so 安理会
 * finds nothing); it also stems English, so that "organization" finds "organ". So the index holds
 * tokens that no word splitter or stemmer changes: for Chinese, each character; for English, each key
 * of each word (src/shared/search/english.ts). Tokens are hashed into a fixed number of short ASCII
 * words, which keeps the index small. The index only proposes candidates: a paragraph with the first
 * and the last character of a Chinese query, or with a key of every English word of it; each is then
 * checked against its text, so a shared hash or a scattered match only costs a check, and the results
 * stay exact. Every paragraph that contains a query has all of its tokens, so no match is ever missed.
 */

/** Text as it is matched: without white space, Traditional characters already mapped to Simplified. */
export function matchableCharacters(text: string): string[] {
  return [...text.replace(/\s+/gu, '')];
}

/** FNV-1a: a small, stable hash, the same in the build and in the browser. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

const CHARACTER_BUCKETS = 2048;
const KEY_BUCKETS = 1024;

/** A token of fixed width, so that Pagefind's prefix matching of a token finds that token only. */
const token = (prefix: string, text: string, buckets: number) =>
  `${prefix}${(hash(text) % buckets).toString(36).padStart((buckets - 1).toString(36).length, '0')}`;

/** The Chinese tokens a paragraph is indexed by: each of its characters. */
export function characterTokens(text: string): string[] {
  return [...new Set(matchableCharacters(text).map((character) => token('c', character, CHARACTER_BUCKETS)))];
}

/** The tokens to ask for a Chinese query: its first and its last character (a paragraph containing the query has both). */
export function queryCharacterTokens(query: string): string[] {
  const characters = matchableCharacters(query);
  if (characters.length === 0) return [];
  return [...new Set([characters[0]!, characters.at(-1)!].map((character) => token('c', character, CHARACTER_BUCKETS)))];
}

/** The token of an English word key. */
export function keyToken(key: string): string {
  return token('e', key, KEY_BUCKETS);
}
