import { editionScripts, loadEditorial, loadModel } from './content/load-model';
import { editionGlossary } from './glossary/glossary-view';
import { alignedCorpus } from './open-data';
import { uiText } from './ui';
import { paths } from '../shared/urls';

let corpus: ReturnType<typeof readCorpus> | undefined;

/** The aligned corpus of this build, for the download endpoints (JSON and Markdown): made once per build. */
export function buildCorpus() {
  corpus ??= readCorpus();
  return corpus;
}

function readCorpus() {
  const model = loadModel();
  const termsByRef = new Map<string, string[]>();
  for (const entry of editionGlossary(model, 'zh-hans', editionScripts(), paths.section)) {
    for (const { ref } of entry.occurrences) termsByRef.set(ref, [...(termsByRef.get(ref) ?? []), entry.id]);
  }
  for (const [ref, ids] of termsByRef) termsByRef.set(ref, [...new Set(ids)].sort());
  return alignedCorpus(model.editions, {
    source: model.source,
    translation: uiText('en').translationNotice,
    editorial: loadEditorial(),
    editorialTitles: new Map(model.sectionTitles.map((title) => [title.id, title])),
    termsByRef,
  });
}
