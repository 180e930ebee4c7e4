/**
 * npm run fingerprints: every translation (content/translations/en/) and every editorial note
 * (content/editorial/) records the fingerprint of the Chinese it was made from. When the source
 * changes, the split stops and names what changed; once the translation or note has been reviewed,
 * this command records the new fingerprint.
 *
 *   npm run fingerprints                      lists what no longer matches (exit 1 if anything does)
 *   npm run fingerprints -- --accept 1.3 R1.1 records the current Chinese for these references
 *   npm run fingerprints -- --accept-all      records it for everything (after a full review)
 *
 * content/fingerprints.json keeps the reviewed Chinese texts by fingerprint, so that the next change
 * can be named character by character.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { paragraphText, printedEdition } from '../src/lib/collections/edition-text';
import { readTranslation, SOURCE_FILE, TRANSLATIONS_DIR } from '../src/lib/content/inputs';
import { DIFFERENCES_FILE, readEditorial, WORDING_NOTES_FILE } from '../src/lib/editorial/load';
import { fingerprint, FINGERPRINT_STORE_FILE, readFingerprintStore, staleFingerprint } from '../src/lib/fingerprints';
import { splitPage } from '../src/lib/split/split-page';
import { setYamlScalar } from '../src/lib/yaml-edit';

interface Fingerprinted {
  file: string;
  /** Where the fingerprint is in the file. */
  path: (string | number)[];
  /** What a reader names it by: a reference (1.3), or title, subtitle, byline, subheading N. */
  key: string;
  chinese: string;
  recorded: string | undefined;
}

function everythingFingerprinted(): Fingerprinted[] {
  const printed = printedEdition(splitPage(readFileSync(SOURCE_FILE)));
  const items: Fingerprinted[] = [];
  for (const document of printed.documents) {
    const { file, translation } = readTranslation(document.id);
    const add = (key: string, chinese: string) =>
      items.push({ file, path: ['sources', key], key, chinese, recorded: translation.sources[key] });
    add('title', document.title);
    if (document.subtitle !== undefined) add('subtitle', document.subtitle);
    if (document.byline !== undefined) add('byline', document.byline);
    for (const section of document.sections) {
      if (section.heading !== undefined) add(`subheading ${section.number}`, section.heading);
      section.blocks.forEach((block, index) => add(`${document.id === 'report' ? 'R' : ''}${section.number}.${index + 1}`, block.text));
    }
  }
  const { differences, wordingNotes } = readEditorial();
  const note = (file: string, index: number, entry: { ref: string; fingerprint?: string | undefined }) => {
    const chinese = paragraphText(printed, entry.ref);
    if (chinese === undefined) throw new Error(`${file}: there is no paragraph ${entry.ref}`);
    items.push({ file, path: [index, 'fingerprint'], key: entry.ref, chinese, recorded: entry.fingerprint });
  };
  differences.forEach((entry, index) => note(DIFFERENCES_FILE, index, entry));
  wordingNotes.forEach((entry, index) => note(WORDING_NOTES_FILE, index, entry));
  return items;
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { accept: { type: 'boolean' }, 'accept-all': { type: 'boolean' } },
    allowPositionals: true,
  });
  const store = readFingerprintStore();
  const items = everythingFingerprinted();
  const stale = items.filter((item) => item.recorded !== fingerprint(item.chinese));

  if (!values.accept && !values['accept-all']) {
    for (const item of stale) console.log(`${item.file}: ${item.key} ${staleFingerprint(item.recorded, item.chinese, store)}`);
    console.log(
      stale.length === 0
        ? 'fingerprints: every translation and note matches the Chinese it was made from'
        : `fingerprints: ${stale.length} to review; then run npm run fingerprints -- --accept REF …`,
    );
    return stale.length === 0 ? 0 : 1;
  }

  const wanted = new Set(positionals);
  const accepted = values['accept-all'] ? stale : stale.filter((item) => wanted.has(item.key));
  const unknown = [...wanted].filter((key) => !items.some((item) => item.key === key));
  if (unknown.length > 0) {
    console.error(`fingerprints: nothing is translated or annotated as ${unknown.join(', ')}`);
    return 1;
  }
  const texts = new Map<string, string>();
  for (const item of accepted) {
    texts.set(
      item.file,
      setYamlScalar(
        texts.get(item.file) ?? readFileSync(item.file, 'utf8'),
        item.path,
        fingerprint(item.chinese),
        item.file.startsWith(TRANSLATIONS_DIR),
      ),
    );
    item.recorded = fingerprint(item.chinese);
  }
  for (const [file, text] of texts) writeFileSync(file, text);
  // The store keeps exactly the texts now recorded, so that the next change can be named.
  const kept = Object.fromEntries(
    items
      .filter((item) => item.recorded !== undefined)
      .map((item) => [item.recorded!, item.recorded === fingerprint(item.chinese) ? item.chinese : store[item.recorded!]] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  writeFileSync(FINGERPRINT_STORE_FILE, `${JSON.stringify(kept, null, 2)}\n`);
  console.log(`fingerprints: recorded ${accepted.length} (${[...new Set(accepted.map((item) => item.key))].join(', ') || 'none'})`);
  return 0;
}

process.exitCode = main();
