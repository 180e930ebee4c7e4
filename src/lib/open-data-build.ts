import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildEditions } from './collections/build-editions';
import { readEditionInputs } from './collections/read-inputs';
import { loadEdition } from './load-edition';
import { alignedCorpus } from './open-data';
import { UI } from './ui';

/** The aligned corpus of this build, for the download endpoints. */
export async function buildCorpus(siteUrl: string) {
  const inputs = readEditionInputs();
  const { editions } = buildEditions(inputs);
  const titles: { id: string; zh: string; en: string }[] = parse(readFileSync('content/editorial/section-titles.yaml', 'utf8'));
  const termsByRef = new Map<string, string[]>();
  for (const entry of (await loadEdition('zh-hans')).glossary) {
    for (const { ref } of entry.occurrences) termsByRef.set(ref, [...(termsByRef.get(ref) ?? []), entry.id]);
  }
  for (const [ref, ids] of termsByRef) termsByRef.set(ref, [...new Set(ids)].sort());
  return alignedCorpus(editions, {
    source: inputs.source.name,
    translation: UI.en.translationNotice,
    siteUrl,
    editorialTitles: new Map(titles.map(({ id, ...title }) => [id, title])),
    termsByRef,
  });
}
