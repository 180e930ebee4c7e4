import type { DifferenceKind } from './schema';

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const HAN = /^\p{Script=Han}+$/u;

/** `longer` is `shorter` with one run of characters inserted: that run, else undefined. */
function insertedRun(shorter: readonly string[], longer: readonly string[]): { run: string[]; at: number } | undefined {
  if (longer.length <= shorter.length) return undefined;
  let start = 0;
  while (start < shorter.length && shorter[start] === longer[start]) start += 1;
  const length = longer.length - shorter.length;
  if (shorter.slice(start).join('') !== longer.slice(start + length).join('')) return undefined;
  return { run: longer.slice(start, start + length), at: start };
}

/**
 * The kind a difference is by its two strings alone, or undefined where no mechanical kind fits (a
 * garbled passage or a different wording, which are the editors' judgement):
 * - wrong-character: one character printed for another, nothing else changed;
 * - dropped-character: the print lacks one run of characters that the reading has;
 * - extra-character: the print has one run of characters that the reading lacks;
 * - doubled-character: such an extra run repeats the characters next to it;
 * - repeated-word: a word printed twice where the reading has another word before it (烈士烈士 for 牺牲烈士);
 * - punctuation: the two differ in punctuation only.
 */
export function differenceShape(
  printed: string,
  reading: string,
): Exclude<DifferenceKind, 'garbled-passage' | 'different-wording'> | undefined {
  const a = [...printed];
  const b = [...reading];
  if (a.length === b.length) {
    const differing = a.flatMap((character, index) => (character === b[index] ? [] : [index]));
    if (differing.length > 0 && differing.every((index) => PUNCTUATION.test(a[index]!) && PUNCTUATION.test(b[index]!)))
      return 'punctuation';
    if (differing.length === 1 && HAN.test(a[differing[0]!]!) && HAN.test(b[differing[0]!]!)) return 'wrong-character';
    const half = a.length / 2;
    if (Number.isInteger(half) && half > 1) {
      const word = a.slice(half).join('');
      const other = b.slice(0, half).join('');
      if (a.slice(0, half).join('') === word && b.slice(half).join('') === word && other !== word && HAN.test(other))
        return 'repeated-word';
    }
    return undefined;
  }
  const dropped = insertedRun(a, b);
  if (dropped && HAN.test(dropped.run.join(''))) return 'dropped-character';
  const extra = insertedRun(b, a);
  if (extra && HAN.test(extra.run.join(''))) {
    const length = extra.run.length;
    const before = a.slice(extra.at - length, extra.at).join('');
    const after = a.slice(extra.at + length, extra.at + 2 * length).join('');
    return before === extra.run.join('') || after === extra.run.join('') ? 'doubled-character' : 'extra-character';
  }
  return undefined;
}

/** Whether an entry's kind is what its strings show: a mechanical kind must be their shape, a judgement must fit no mechanical kind. */
export function kindProblem(entry: { id: string; printed: string; reading: string; kind: DifferenceKind }): string | undefined {
  const shape = differenceShape(entry.printed, entry.reading);
  if (entry.kind === 'garbled-passage' || entry.kind === 'different-wording')
    return shape === undefined
      ? undefined
      : `${entry.id} is filed as ${entry.kind}, but «${entry.printed}» against «${entry.reading}» is a ${shape}`;
  return shape === entry.kind
    ? undefined
    : `${entry.id} is filed as ${entry.kind}, but «${entry.printed}» against «${entry.reading}» is ${shape === undefined ? 'none of the mechanical kinds' : `a ${shape}`}`;
}
