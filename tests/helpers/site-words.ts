import { editionScripts, editionText, loadEditorial, loadModel } from '../../src/lib/content/load-model';
import { quotedTexts as quotedTextsOf, siteWords as siteWordsOf, type Located } from '../../src/lib/content/site-words';
import { uiText } from '../../src/lib/ui';

export { interfaceStrings, type Located } from '../../src/lib/content/site-words';

/** Every text the site writes itself, in Simplified, as written (src/lib/content/site-words.ts). */
export function siteWords(): Located[] {
  return siteWordsOf(uiText('zh-hans'), { ...loadModel(), editorial: loadEditorial() });
}

/** Every Chinese text the site quotes, in Traditional script as the Traditional edition shows it. */
export function quotedTexts(): Located[] {
  return quotedTextsOf(editionText('zh-hant'), { ...loadModel(), editorial: loadEditorial() }, editionScripts().toTraditional);
}
