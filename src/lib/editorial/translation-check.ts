import type { Difference } from './schema';

/** The English a difference is checked against: the paragraph's translation and its translator's note. */
export interface EnglishOfParagraph {
  text: string;
  note?: string | undefined;
}

const normalise = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * One decision per difference: the English translates the reading the note adopts. A published
 * reading is translated; a conjecture is translated where the print makes no sense, and the print
 * otherwise. Where the English follows a reading that changes the meaning, or a conjecture, the
 * translator's note says so, quoting the reading. Returns what breaks that rule.
 */
export function translationDecisionProblems(
  differences: readonly Difference[],
  english: (ref: string) => EnglishOfParagraph | undefined,
): string[] {
  const problems: string[] = [];
  for (const entry of differences) {
    const where = `${entry.id} (${entry.ref})`;
    const { follows, renders, rejects } = entry.translation;
    if (entry.basis === 'published' && follows !== 'published')
      problems.push(`${where}: the published text is known, so the English must translate it, not the ${follows}`);
    if (entry.basis === 'conjecture' && follows === 'published') problems.push(`${where}: a conjecture has no published reading to follow`);
    const paragraph = english(entry.ref);
    if (!paragraph) {
      problems.push(`${where}: paragraph ${entry.ref} has no English`);
      continue;
    }
    const text = normalise(paragraph.text);
    if (entry.changesMeaning && renders === undefined)
      problems.push(`${where}: the reading changes the meaning, so the entry names the English words that render it (translation.renders)`);
    if (renders !== undefined && !text.includes(normalise(renders)))
      problems.push(`${where}: the English does not have «${renders}», which renders the reading it follows`);
    if (rejects !== undefined && text.includes(normalise(rejects)))
      problems.push(`${where}: the English has «${rejects}», which renders the other reading`);
    const noteRequired = (entry.changesMeaning && follows !== 'printed') || follows === 'conjecture';
    if (noteRequired && !(paragraph.note ?? '').includes(entry.reading)) {
      problems.push(
        `${where}: the English follows the ${follows === 'conjecture' ? 'conjectured' : follows} reading${follows === 'conjecture' ? '' : ', which changes the meaning,'} so the translator's note on ${entry.ref} must say so and quote «${entry.reading}»`,
      );
    }
  }
  return problems;
}
