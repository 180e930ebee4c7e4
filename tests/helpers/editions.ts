import { printedEdition } from '../../src/lib/collections/edition-text';
import { readTranslation } from '../../src/lib/collections/read-inputs';
import { splitPage } from '../../src/lib/split/split-page';
import { sourceBytes } from './source';

export const printed = () => printedEdition(splitPage(sourceBytes()));

export const translations = () => ({ statement: readTranslation('statement'), report: readTranslation('report') });
