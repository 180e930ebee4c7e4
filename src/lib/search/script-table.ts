import { ConverterFactory } from 'opencc-js/core';
import type { EditionText } from '../collections/edition-text';
import HKVariants from 'opencc-js/dict/HKVariants';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';

/**
 * The Traditional → Simplified table the search page needs: only the characters that can matter
 * for this text, i.e. every Traditional or variant form of a character that occurs in it. A reader
 * who types 聯合國憲章 in any edition finds what 联合国宪章 finds, without downloading opencc.
 */
export function traditionalToSimplifiedTable(simplifiedText: string, traditionalText: string): Record<string, string> {
  const table: Record<string, string> = {};
  const simplified = [...simplifiedText];
  const traditional = [...traditionalText];
  if (simplified.length !== traditional.length) throw new Error('the Traditional text must convert the Simplified character by character');
  simplified.forEach((character, index) => {
    if (traditional[index] !== character) table[traditional[index]!] = character;
  });
  // One character at a time, so only opencc's character tables: its phrase tables would cost 45 MB a direction.
  const converters = [[[STCharacters], [TWVariants]], [[STCharacters], [HKVariants]], [[STCharacters]]].map((groups) =>
    ConverterFactory(...groups),
  );
  for (const character of new Set(simplified)) {
    for (const convert of converters) {
      const variant = convert(character);
      if (variant !== character && [...variant].length === 1) table[variant] ??= character;
    }
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every piece of an edition's text, in order: titles, subtitles, headings, paragraphs. */
export function editionText({ documents }: EditionText): string {
  return documents
    .flatMap((document) => [
      document.title,
      document.subtitle ?? '',
      ...document.sections.flatMap((section) => [section.heading ?? '', ...section.blocks.map((block) => block.text)]),
    ])
    .join('');
}
