import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';

/**
 * A translation or an editorial note is made from one Chinese text. It records that text's
 * fingerprint, so that when the source changes (a corrected edition of the page, a repaired
 * extraction) the split stops instead of showing the old English or note as if it still matched.
 */

/** The reviewed Chinese texts, by fingerprint: what a changed source is compared with, to name the changed characters. */
export const FINGERPRINT_STORE_FILE = 'content/fingerprints.json';

export const fingerprintSchema = z
  .string()
  .regex(/^[0-9a-f]{12}$/u, 'a fingerprint is 12 lowercase hexadecimal digits (run `npm run fingerprints`)');

/** The first 12 hexadecimal digits of the SHA-256 of the text (Unicode NFC). */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, 12);
}

export type FingerprintStore = Record<string, string>;

export function readFingerprintStore(file: string = FINGERPRINT_STORE_FILE): FingerprintStore {
  const path = join(process.cwd(), file);
  if (!existsSync(path)) return {};
  return z.record(fingerprintSchema, z.string()).parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Where two texts differ: the first and last differing characters, with the text each has there. */
export function changedCharacters(before: string, after: string): { from: number; before: string; after: string } {
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return { from: start + 1, before: a.slice(start, endA).join(''), after: b.slice(start, endB).join('') };
}

/**
 * Why a recorded fingerprint no longer fits the Chinese text, or undefined if it does: names what
 * changed when the reviewed text is in the store, e.g. `character 95: «百» is now «千»`.
 */
export function staleFingerprint(recorded: string | undefined, current: string, store: FingerprintStore): string | undefined {
  if (recorded === undefined) return 'has no fingerprint of the Chinese it was made from';
  if (recorded === fingerprint(current)) return undefined;
  const reviewed = store[recorded];
  if (reviewed === undefined) return `was made from a different Chinese text (fingerprint ${recorded}, not in ${FINGERPRINT_STORE_FILE})`;
  const change = changedCharacters(reviewed, current);
  const what =
    change.before === ''
      ? `«${change.after}» was added`
      : change.after === ''
        ? `«${change.before}» was removed`
        : `«${change.before}» is now «${change.after}»`;
  return `was made from a different Chinese text: at character ${change.from}, ${what}`;
}
