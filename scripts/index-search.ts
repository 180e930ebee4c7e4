/**
 * Builds the search index after `astro build`: one Pagefind record per paragraph of every edition,
 * written as one bundle per edition: dist/pagefind/zh-hans/ and zh-hant/ (Chinese, matched exactly by
 * character tokens) and dist/pagefind/en/ (English, with Pagefind's English stemming). Pages
 * themselves are not indexed: a result is always one paragraph.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readSplitOutput } from '../src/lib/collections/split-output';
import { createToSimplified } from '../src/lib/traditional';
import { EDITIONS, type Edition } from '../src/lib/editions';
import { searchRecords, type SearchBundle } from '../src/lib/search/records';
import { loadSectionTitles, sectionTitleIn } from '../src/lib/section-titles';
import { UI } from '../src/lib/ui';

const OUT = 'dist/pagefind';

async function main() {
  const { editions } = readSplitOutput();
  const titles = loadSectionTitles();
  const label = (edition: Edition, document: 'statement' | 'report', number: number) => {
    const section = editions
      .find((e) => e.edition === edition)!
      .documents.find((d) => d.id === document)!
      .sections.find((s) => s.number === number)!;
    const editorial = titles.get(`${document}/${number}`);
    const heading = section.heading ?? (editorial && sectionTitleIn(edition, editorial)) ?? '';
    return [UI[edition].documentNames[document], section.numeral, heading].filter(Boolean).join(' ');
  };
  const records = searchRecords(editions, label, createToSimplified());
  rmSync(OUT, { recursive: true, force: true });

  for (const bundle of EDITIONS satisfies readonly SearchBundle[]) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: bundle === 'en' ? 'en' : 'zh' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    for (const { bundle: _bundle, ...record } of records.filter((r) => r.bundle === bundle)) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(OUT, bundle) });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    console.log(`index-search: ${records.filter((r) => r.bundle === bundle).length} paragraphs in ${join(OUT, bundle)}`);
  }
  await pagefind.close();
}

await main();
