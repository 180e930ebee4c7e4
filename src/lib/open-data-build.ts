import { buildEditions } from './collections/build-editions';
import { readEditionInputs } from './collections/read-inputs';
import { loadEdition } from './load-edition';
import { alignedCorpus } from './open-data';
import { loadSectionTitles } from './section-titles';
import { UI } from './ui';

const corpora = new Map<string, ReturnType<typeof readCorpus>>();

/** The aligned corpus of this build, for the download endpoints (JSON and Markdown): made once per build. */
export function buildCorpus(siteUrl: string) {
  if (!corpora.has(siteUrl)) corpora.set(siteUrl, readCorpus(siteUrl));
  return corpora.get(siteUrl)!;
}

async function readCorpus(siteUrl: string) {
  const inputs = readEditionInputs();
  const { editions } = buildEditions(inputs);
  const termsByRef = new Map<string, string[]>();
  for (const entry of (await loadEdition('zh-hans')).glossary) {
    for (const { ref } of entry.occurrences) termsByRef.set(ref, [...(termsByRef.get(ref) ?? []), entry.id]);
  }
  for (const [ref, ids] of termsByRef) termsByRef.set(ref, [...new Set(ids)].sort());
  return alignedCorpus(editions, {
    source: inputs.source.name,
    translation: UI.en.translationNotice,
    siteUrl,
    editorialTitles: loadSectionTitles(),
    termsByRef,
  });
}
