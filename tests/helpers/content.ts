import { editionScripts, editionText, loadEditorial, loadModel } from '../../src/lib/content/load-model';

/** The content model the split made, with its editions by name, as the rules of src/lib/content/rules.ts take it. */
export function content() {
  const model = loadModel();
  return {
    ...model,
    editions: { simplified: editionText('zh-hans'), traditional: editionText('zh-hant'), english: editionText('en') },
    editorial: loadEditorial(),
    scripts: editionScripts(),
  };
}
