import { readSplitOutput } from './collections/split-output';
import { loadEditorial } from './editorial/load';
import { loadEdition } from './load-edition';
import { alignedCorpus } from './open-data';
import { loadSectionTitles } from './section-titles';
import { UI } from './ui';

let corpus: ReturnType<typeof readCorpus> | undefined;

/** The aligned corpus of this build, for the download endpoints (JSON and Markdown): made once per build. */
export function buildCorpus() {
  corpus ??= readCorpus();
  return corpus;
}

async function readCorpus() {
  const { source, editions } = readSplitOutput();
  const termsByRef = new Map<string, string[]>();
  for (const entry of (await loadEdition('zh-hans')).glossary) {
    for (const { ref } of entry.occurrences) termsByRef.set(ref, [...(termsByRef.get(ref) ?? []), entry.id]);
  }
  for (const [ref, ids] of termsByRef) termsByRef.set(ref, [...new Set(ids)].sort());
  return alignedCorpus(editions, {
    source,
    translation: UI.en.translationNotice,
    editorial: loadEditorial(),
    editorialTitles: loadSectionTitles(),
    termsByRef,
  });
}
