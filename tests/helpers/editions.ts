import { printedEdition } from '../../src/lib/collections/edition-text';
import { englishEdition } from '../../src/lib/collections/english-edition';
import { readFingerprintStore } from '../../src/lib/fingerprints';
import { readTranslation } from '../../src/lib/content/inputs';
import { splitPage } from '../../src/lib/split/split-page';
import { sourceBytes } from './source';

export const printed = () => printedEdition(splitPage(sourceBytes()));

export const translations = () => ({ statement: readTranslation('statement'), report: readTranslation('report') });

/** The English edition, as the split builds it. */
export const english = () => englishEdition(printed(), translations(), readFingerprintStore());
