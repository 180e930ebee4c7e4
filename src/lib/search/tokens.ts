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

const hex = (character: string) => character.codePointAt(0)!.toString(16);

/** The tokens a paragraph is indexed by: each character (u…) and each pair of neighbouring characters (b…_…). */
export function indexTokens(text: string): string[] {
  const characters = matchableCharacters(text);
  const tokens = new Set<string>();
  characters.forEach((character, index) => {
    tokens.add(`u${hex(character)}`);
    const next = characters[index + 1];
    if (next !== undefined) tokens.add(`b${hex(character)}x${hex(next)}`);
  });
  return [...tokens];
}

/** The tokens that every paragraph containing the query has: its pairs, or its one character. */
export function queryTokens(query: string): string[] {
  const characters = matchableCharacters(query);
  if (characters.length === 1) return [`u${hex(characters[0]!)}`];
  const tokens = new Set<string>();
  for (let index = 0; index + 1 < characters.length; index += 1) tokens.add(`b${hex(characters[index]!)}x${hex(characters[index + 1]!)}`);
  return [...tokens];
}
