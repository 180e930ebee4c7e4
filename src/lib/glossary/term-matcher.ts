/** A string to find in the text, and the glossary entry it stands for. */
export interface TermForm {
  text: string;
  id: string;
}

export interface Segment {
  text: string;
  /** The glossary entry this segment names, if it is a term. */
  id?: string;
}

export interface MatcherOptions {
  /** Only match whole words (for English); Chinese is matched anywhere. */
  wholeWords?: boolean;
  /** Match in any case ("The two sides" for "the two sides"); the text keeps its own. */
  ignoreCase?: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Finds glossary terms in text, scanning from the left and taking the longest form that starts at
 * each position, so that 联合国宪章 wins over 联合国 and 联合国安理会 over 联合国.
 */
export function createTermMatcher(forms: readonly TermForm[], { wholeWords = false, ignoreCase = false }: MatcherOptions = {}) {
  const fold = (text: string) => (ignoreCase ? text.toLowerCase() : text);
  const byFirstCharacter = new Map<string, TermForm[]>();
  for (const form of [...forms].sort((a, b) => b.text.length - a.text.length)) {
    const folded = { ...form, text: fold(form.text) };
    const first = folded.text[0]!;
    byFirstCharacter.set(first, [...(byFirstCharacter.get(first) ?? []), folded]);
  }
  const atWordEdge = (text: string, index: number) => !WORD.test(text[index - 1] ?? '') || !WORD.test(text[index] ?? '');

  return function match(original: string): Segment[] {
    // Folding must keep every index in place; a text where it would not is matched as it is.
    const text = fold(original).length === original.length ? fold(original) : original;
    const segments: Segment[] = [];
    let plainStart = 0;
    let index = 0;
    while (index < text.length) {
      const found = byFirstCharacter
        .get(text[index]!)
        ?.find(
          (form) =>
            text.startsWith(form.text, index) && (!wholeWords || (atWordEdge(text, index) && atWordEdge(text, index + form.text.length))),
        );
      if (!found) {
        index += 1;
        continue;
      }
      if (plainStart < index) segments.push({ text: original.slice(plainStart, index) });
      segments.push({ text: original.slice(index, index + found.text.length), id: found.id });
      index += found.text.length;
      plainStart = index;
    }
    if (plainStart < text.length) segments.push({ text: original.slice(plainStart) });
    return segments;
  };
}
