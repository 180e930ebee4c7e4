/**
 * After `astro build`: the search index (dist/pagefind/, one Pagefind record per paragraph) and the
 * texts the search checks its candidates against (dist/search/<script>.json), with the English lexicon.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { readSplitOutput } from '../src/lib/collections/split-output';
import { buildLexicon } from '../src/lib/search/lexicon';
import { paragraphsOf, searchRecords, searchTexts } from '../src/lib/search/search-data';

const INDEX = 'dist/pagefind';
const TEXTS = 'dist/search';

/** The id Pagefind gives each record (its fragment's name), by the record's url: read back from the fragments it wrote. */
function fragmentIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(INDEX, 'fragment'))) {
    const fragment = gunzipSync(readFileSync(join(INDEX, 'fragment', file))).toString('utf8');
    const { url } = JSON.parse(fragment.slice(fragment.indexOf('{'))) as { url: string };
    ids.set(url.replace(/^\//u, ''), file.replace(/\.pf_fragment$/u, ''));
  }
  return ids;
}

async function main() {
  const { editions } = readSplitOutput();
  const edition = (name: string) => editions.find((text) => text.edition === name)!;
  const lexicon = buildLexicon(paragraphsOf(edition('en')).map((paragraph) => paragraph.text));

  rmSync(INDEX, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const records = searchRecords(edition('zh-hans'), edition('en'), lexicon);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: INDEX });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  // Pagefind also writes its ready-made interfaces and a web worker; this site uses neither.
  for (const file of readdirSync(INDEX))
    if (/^pagefind-(component-ui|modular-ui|ui|highlight|worker)\./u.test(file)) rmSync(join(INDEX, file));
  const ids = fragmentIds();
  mkdirSync(TEXTS, { recursive: true });
  for (const script of ['zh-hans', 'zh-hant', 'en'] as const) {
    writeFileSync(join(TEXTS, `${script}.json`), JSON.stringify(searchTexts(edition(script), ids, script === 'en' ? lexicon : undefined)));
  }
  console.log(
    `index-search: ${records.length} paragraphs in ${INDEX}, texts and lexicon (${Object.keys(lexicon).length} forms) in ${TEXTS}`,
  );
}

await main();
