/**
 * Exact Chinese search on top of Pagefind. Pagefind splits Chinese into words, and the words it
 * finds in a paragraph and in a query do not always agree (联合国安理会 can be indexed as
 * 联合|国安|理会, so 安理会 finds nothing). So the Chinese records are indexed as the characters and
 * character pairs of their text, written as ASCII tokens that no word splitter changes; a query is
 * turned into its character pairs the same way. Every paragraph that contains the query contains all
 * of its pairs, so the candidates are never too few; each is then checked against its text, so the
 * results are never too many.
 */

/** Text as it is matched: without white space, Traditional characters already mapped to Simplified. */
export function matchableCharacters(text: string): string[] {
  return [...text.replace(/\s+/gu, '')];
}

const hex = (character: string) => character.codePointAt(0)!.toString(36);

/** The token of two neighbouring characters; the last character of a paragraph pairs with an end mark. */
const pair = (first: string, second: string | undefined) => `b${hex(first)}x${second === undefined ? '' : hex(second)}`;

/** The tokens a paragraph is indexed by: each pair of neighbouring characters, and the last with the end. */
export function indexTokens(text: string): string[] {
  const characters = matchableCharacters(text);
  return [...new Set(characters.map((character, index) => pair(character, characters[index + 1])))];
}

/**
 * The tokens to ask Pagefind for. Every paragraph containing the query has every pair of the query,
 * so asking for any of them misses nothing; asking for the first and the last pair keeps the index
 * chunks a search loads to two. A single character is looked up by prefix: every occurrence of a
 * character starts a pair, the end mark included.
 */
export function queryTokens(query: string): string[] {
  const characters = matchableCharacters(query);
  if (characters.length === 0) return [];
  if (characters.length === 1) return [`b${hex(characters[0]!)}x`];
  const last = characters.length - 2;
  return [...new Set([pair(characters[0]!, characters[1]), pair(characters[last]!, characters[last + 1])])];
}
