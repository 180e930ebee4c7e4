/**
 * After `astro build`, everything the search page fetches: the index (<dist>/pagefind/, one Pagefind
 * record per paragraph); the texts it checks candidates against (<dist>/search/<script>.json), with the
 * English lexicon; the names of the glossary entries (names.json) and each entry's card in each edition
 * (cards/<edition>/<id>.json), made from the content model as the pages' glossary is; and the
 * Traditional → Simplified table (traditional-to-simplified.json).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { editionScripts, editionText as textOf, loadModel } from '../../src/lib/content/load-model';
import { EDITIONS } from '../../src/lib/editions';
import { editionGlossary } from '../../src/lib/glossary/glossary-view';
import type { Urls } from '../../src/shared/urls';
import { editionText, traditionalToSimplifiedTable } from '../../src/lib/search/script-table';
import { searchCard, searchNames } from '../../src/lib/search/search-names';
import { buildLexicon } from '../../src/lib/search/lexicon';
import { paragraphsOf, searchRecords, searchTexts } from '../../src/lib/search/search-data';

/** The id Pagefind gives each record (its fragment's name), by the record's url: read back from the fragments it wrote. */
function fragmentIds(indexDir: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of readdirSync(join(indexDir, 'fragment'))) {
    const fragment = gunzipSync(readFileSync(join(indexDir, 'fragment', file))).toString('utf8');
    const { url } = JSON.parse(fragment.slice(fragment.indexOf('{'))) as { url: string };
    ids.set(url.replace(/^\//u, ''), file.replace(/\.pf_fragment$/u, ''));
  }
  return ids;
}

/** Writes the search index and texts into a built site; returns what it wrote, to report. */
export async function writeSearchIndex(dist: string, urls: Urls): Promise<string> {
  const indexDir = join(dist, 'pagefind');
  const textsDir = join(dist, 'search');
  const model = loadModel();
  const edition = textOf;
  const lexicon = buildLexicon(paragraphsOf(edition('en')).map((paragraph) => paragraph.text));

  rmSync(indexDir, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const records = searchRecords(edition('zh-hans'), edition('en'), lexicon);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: indexDir });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  // Pagefind also writes its ready-made interfaces and a web worker; this site uses neither.
  for (const file of readdirSync(indexDir))
    if (/^pagefind-(component-ui|modular-ui|ui|highlight|worker)\./u.test(file)) rmSync(join(indexDir, file));
  const ids = fragmentIds(indexDir);
  mkdirSync(textsDir, { recursive: true });
  for (const script of ['zh-hans', 'zh-hant', 'en'] as const) {
    writeFileSync(
      join(textsDir, `${script}.json`),
      JSON.stringify(searchTexts(edition(script), ids, script === 'en' ? lexicon : undefined)),
    );
  }

  const views = (name: (typeof EDITIONS)[number]) => editionGlossary(model, name, editionScripts(), urls.paths.section);
  const json = (path: string, data: unknown) => {
    mkdirSync(dirname(join(textsDir, path)), { recursive: true });
    writeFileSync(join(textsDir, path), JSON.stringify(data));
  };
  const englishText = paragraphsOf(edition('en'))
    .map((paragraph) => paragraph.text)
    .join('\n');
  json('names.json', searchNames(model.glossary, { chinese: views('zh-hans'), english: views('en') }, englishText));
  for (const name of EDITIONS) for (const view of views(name)) json(`cards/${name}/${view.id}.json`, searchCard(view));
  json('traditional-to-simplified.json', traditionalToSimplifiedTable(editionText(edition('zh-hans')), editionText(edition('zh-hant'))));

  return `index-search: ${records.length} paragraphs in ${indexDir}, texts and lexicon (${Object.keys(lexicon).length} forms) in ${textsDir}`;
}
